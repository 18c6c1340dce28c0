package org.atelier.distribution;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.atelier.launcher.Workbench;
import org.atelier.launcher.api.CommandContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The distribution's bundles in a Felix framework inside the test JVM, started by the launcher's own code.
 * Services are reached by class name and reflection, because the test's class path and the bundles have
 * different class loaders for the API; commands run through the same runner as {@code bin/atelier}.
 */
public final class FelixRuntime implements AutoCloseable {
    private final Workbench workbench;

    private FelixRuntime(Workbench workbench) {
        this.workbench = workbench;
    }

    public static FelixRuntime start(Path workspace) throws Exception {
        return start(Distribution.home(), workspace);
    }

    public static FelixRuntime start(Path home, Path workspace) throws Exception {
        Workbench workbench = Workbench.startHeadless(home, workspace);
        workbench.seedIfNew(context(new ByteArrayOutputStream(), new ByteArrayOutputStream(), workspace));
        return new FelixRuntime(workbench);
    }

    /**
     * The distribution started as a workbench is (its web server on any free port, the deferred bundles
     * started), without a console.
     */
    public static FelixRuntime startWorkbench(Path workspace) throws Exception {
        Workbench workbench = Workbench.startWorkbench(Distribution.home(), workspace,
                java.util.Map.of("org.osgi.service.http.port", "0"));
        workbench.seedIfNew(context(new ByteArrayOutputStream(), new ByteArrayOutputStream(), workspace));
        workbench.startDeferred();
        return new FelixRuntime(workbench);
    }

    /** The addresses the workbench's ready line gives (the web workbench's). */
    public List<String> addresses() throws InterruptedException {
        return workbench.awaitAddresses();
    }

    public BundleContext context() {
        return workbench.context();
    }

    public List<Bundle> bundles() {
        return List.of(context().getBundles());
    }

    /** Runs a command as {@code bin/atelier} would, in this framework. */
    public CommandResult run(String... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = workbench.runner().run(List.of(words), context(out, err, Path.of("").toAbsolutePath()));
        return new CommandResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The service registered under this interface name, as the bundles see it. All references: the test class
     * path holds the API classes too, so the system bundle would not count the bundles' service assignable.
     */
    public Object service(String interfaceName) throws InvalidSyntaxException {
        ServiceReference<?>[] references = context().getAllServiceReferences(interfaceName, null);
        if (references == null) {
            throw new AssertionError("no service " + interfaceName);
        }
        return context().getService(references[0]);
    }

    /** Calls a public method by name on an object of the framework's class loaders. */
    public static Object invoke(Object target, String method, Object... args) throws Exception {
        for (var m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + method);
    }

    private static CommandContext context(ByteArrayOutputStream out, ByteArrayOutputStream err, Path cwd) {
        return new CommandContext(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd, false);
    }

    @Override
    public void close() {
        workbench.stop();
    }
}
