import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The baseline of the start-up benchmark: a bare Felix framework that installs and starts the bundles of one
 * folder (Felix SCR and the DS API bundles), waits for SCR's runtime service (or the service named by SERVICE),
 * prints "ready" and waits to be stopped. Usage: BareFelix BUNDLE_DIR CACHE_DIR [SERVICE]
 */
public class BareFelix {
    public static void main(String[] args) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, args[1]);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow();
        Framework framework = factory.newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        if (context.getBundles().length == 1) {
            File[] jars = new File(args[0]).listFiles((dir, name) -> name.endsWith(".jar"));
            java.util.Arrays.sort(jars);
            for (File jar : jars) {
                bundles.add(context.installBundle(jar.toURI().toString()));
            }
        } else {
            bundles.addAll(List.of(context.getBundles()).subList(1, context.getBundles().length));
        }
        framework.start();
        for (Bundle bundle : bundles) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        String awaited = args.length > 2 ? args[2] : "org.osgi.service.component.runtime.ServiceComponentRuntime";
        ServiceTracker<?, ?> service = new ServiceTracker<>(context, awaited, null);
        service.open(true);
        if (service.waitForService(30_000) == null) {
            throw new IllegalStateException(awaited + " did not come");
        }
        System.out.println("Bare Felix ready");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                framework.stop();
                framework.waitForStop(10_000);
            } catch (Exception e) {
                System.err.println(e);
            }
        }));
        framework.waitForStop(0);
    }
}
