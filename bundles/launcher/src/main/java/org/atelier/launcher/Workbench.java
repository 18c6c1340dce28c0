package org.atelier.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.atelier.launcher.Main.LaunchException;
import org.atelier.launcher.api.CommandContext;
import org.atelier.launcher.api.CommandLineRunner;
import org.atelier.launcher.api.ReadyLine;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A started Felix framework holding the distribution's bundles, on one workspace. Public so that integration
 * tests start the runtime exactly as {@code bin/atelier} does.
 */
public final class Workbench {
    private static final long RUNNER_TIMEOUT_SECONDS = 10;
    /** Framework property: bundles started only for the interactive console (the Gogo terminal shell). */
    static final String CONSOLE_BUNDLES = "atelier.console.bundles";
    private static final String JLINE = "org.jline";
    /**
     * Framework property: bundles a workbench starts just after its ready line rather than before (the drop-in
     * watcher, metatype), so that it takes commands sooner. A headless command starts them first, as it needs
     * the configuration they apply.
     */
    static final String DEFERRED_BUNDLES = "atelier.deferred.bundles";
    /**
     * Framework property: bundles only a workbench starts, never a headless command (the web server: a command
     * neither serves pages nor takes the workbench's port).
     */
    static final String WORKBENCH_BUNDLES = "atelier.workbench.bundles";
    /**
     * Framework property the launcher sets: {@code true} in a runtime that runs one command and exits, where
     * services open what they keep (the search index, the claims) when first used rather than at start.
     */
    static final String HEADLESS = "atelier.headless";
    /** How long the ready line waits for the services bundles ask it to wait for ({@link ReadyLine#HEADER}). */
    private static final long READY_TIMEOUT_SECONDS = 20;

    private final Distribution distribution;
    private final Path workspace;
    private final Framework framework;
    private final CommandLineRunner runner;
    private final boolean newWorkspace;
    private final List<Bundle> deferred;
    /** The console's bundles, in the order they start; empty without a console. */
    private final List<Bundle> console;

    private Workbench(Distribution distribution, Path workspace, Framework framework, CommandLineRunner runner,
            boolean newWorkspace, List<Bundle> deferred, List<Bundle> console) {
        this.deferred = deferred;
        this.console = console;
        this.distribution = distribution;
        this.workspace = workspace;
        this.framework = framework;
        this.runner = runner;
        this.newWorkspace = newWorkspace;
    }

    /**
     * Starts the distribution at {@code home} headless on {@code workspace}, the caller holding no lock: for
     * tests and embedding.
     */
    public static Workbench startHeadless(Path home, Path workspace) throws Exception {
        return start(Distribution.at(home), workspace, false, false, Map.of());
    }

    /**
     * Starts the distribution at {@code home} as a workbench without a console (its web server too), with
     * {@code properties} over the framework properties of conf/: for tests and embedding.
     */
    public static Workbench startWorkbench(Path home, Path workspace, Map<String, String> properties)
            throws Exception {
        return start(Distribution.at(home), workspace, true, false, properties);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Starts the framework. {@code interactive}: a workbench, not one headless command; {@code console} gives
     * the Gogo shell the user's terminal.
     */
    static Workbench start(Distribution distribution, Path workspace, boolean interactive, boolean console,
            Map<String, String> properties) throws Exception {
        Path state = WorkspaceLock.stateDir(workspace);
        boolean newWorkspace = !Files.exists(state.resolve("seeded"));

        Map<String, String> variables = new HashMap<>();
        variables.put("atelier.home", distribution.home().toString());
        variables.put("atelier.workspace", workspace.toString());
        Map<String, Object> config = new HashMap<>(distribution.frameworkProperties(variables));
        config.putAll(properties);
        if (interactive) {
            takeFreeWebPortIfBusy(config);
        }
        config.put("atelier.home", distribution.home().toString());
        config.put("atelier.workspace", workspace.toString());
        config.put("atelier.version", distribution.version());
        config.put(HEADLESS, Boolean.toString(!interactive));
        config.put(Constants.FRAMEWORK_STORAGE, state.resolve("framework").toString());
        config.put("gosh.args", console ? "" : "--nointeractive");
        config.put("felix.log.logger", new FrameworkLog(state.resolve("framework.log")));
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "org.atelier.launcher.api;version=\"1.0.0\"");

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, Workbench.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchException(1, "no OSGi framework in lib/"));
        Timing.mark("config");
        Framework framework = factory.newFramework(toStrings(config));
        framework.init();
        Timing.mark("init");
        List<Bundle> ours = new BundleSync(framework.getBundleContext(), distribution.bundles(),
                distribution.plugins()).sync();
        Timing.mark("synced");
        framework.start();
        Set<String> consoleOnly = names(config, CONSOLE_BUNDLES);
        Set<String> deferred = interactive ? names(config, DEFERRED_BUNDLES) : Set.of();
        Set<String> workbenchOnly = interactive ? Set.of() : names(config, WORKBENCH_BUNDLES);
        List<String> failed = new ArrayList<>();
        List<Bundle> later = new ArrayList<>();
        for (Bundle bundle : ours) {
            if (deferred.contains(bundle.getSymbolicName())) {
                later.add(bundle);
            } else if (!consoleOnly.contains(bundle.getSymbolicName())
                    && !workbenchOnly.contains(bundle.getSymbolicName())) {
                startTransiently(bundle, failed);
            }
        }
        Timing.mark("started");
        // In the order conf/ lists them: JLine first, whose class loader the console's threads then inherit;
        // the bundles whose commands the shell's profile runs before the shell, which reads it as it starts.
        List<Bundle> consoleBundles = new ArrayList<>();
        for (String name : console ? consoleOnly : Set.<String>of()) {
            ours.stream().filter(b -> name.equals(b.getSymbolicName())).forEach(consoleBundles::add);
        }
        CommandLineRunner runner = awaitRunner(framework, workspace, failed);
        Timing.mark("runner");
        Workbench workbench = new Workbench(distribution, workspace, framework, runner, newWorkspace, later,
                consoleBundles);
        if (interactive) {
            // Before the ready line: a signal right after it (a script, a benchmark) still stops the framework
            // cleanly, and the stores and Declarative Services' cache are written.
            Runtime.getRuntime().addShutdownHook(new Thread(workbench::stop, "atelier-shutdown"));
        }
        return workbench;
    }

    /**
     * A workbench whose web port is taken (by another workbench or another server) serves on a free one and says
     * so, as notebook servers do; the ready line gives the address in use.
     */
    private static void takeFreeWebPortIfBusy(Map<String, Object> config) {
        int port;
        try {
            port = Integer.parseInt(String.valueOf(config.get(LaunchOptions.HTTP_PORT)).trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (port <= 0) {
            return;
        }
        Object host = config.get(LaunchOptions.HTTP_HOST);
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(host == null || host.toString().isBlank()
                    ? new InetSocketAddress(port)
                    : new InetSocketAddress(host.toString().trim(), port));
        } catch (IOException e) {
            Main.err().println("atelier: port " + port + " is in use; the web workbench takes a free port instead");
            config.put(LaunchOptions.HTTP_PORT, "0");
        }
    }

    /** The bundle names a property lists, in its order. */
    private static Set<String> names(Map<String, Object> config, String property) {
        return new LinkedHashSet<>(List.of(String.valueOf(config.getOrDefault(property, "")).split("\\s*,\\s*")));
    }

    /** Starts the bundles deferred until the workbench was ready. */
    public void startDeferred() {
        List<String> failed = new ArrayList<>();
        deferred.forEach(bundle -> startTransiently(bundle, failed));
        deferred.clear();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> toStrings(Map<String, Object> config) {
        // Felix takes objects as values (its logger); the OSGi signature says String.
        return (Map) config;
    }

    /**
     * Transient: the distribution's bundles are started by the launcher on every start, never by the framework
     * from its cache, so a headless command does not start the console bundle a workbench started.
     */
    private static void startTransiently(Bundle bundle, List<String> failed) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            long start = System.nanoTime();
            bundle.start(Bundle.START_TRANSIENT);
            Timing.took(bundle.getSymbolicName(), start);
        } catch (BundleException e) {
            failed.add(bundle.getSymbolicName());
            Main.err().println("atelier: bundle " + bundle.getSymbolicName() + " did not start: " + Main.describe(e));
        }
    }

    /**
     * Gives the user's terminal to the console, after the ready line so that its prompt comes last; nothing
     * without a console. JLine finds its terminal providers (exec, FFM) through the thread context class loader,
     * which outside OSGi is the one that sees JLine; the console's threads are created while its bundle starts,
     * so they inherit the loader set here. Without it the console falls back to a dumb terminal.
     */
    public void openConsole() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        List<String> failed = new ArrayList<>();
        try {
            for (Bundle bundle : console) {
                startTransiently(bundle, failed);
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                if (JLINE.equals(bundle.getSymbolicName()) && wiring != null) {
                    thread.setContextClassLoader(wiring.getClassLoader());
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static CommandLineRunner awaitRunner(Framework framework, Path workspace, List<String> failed)
            throws Exception {
        ServiceTracker<CommandLineRunner, CommandLineRunner> tracker =
                new ServiceTracker<>(framework.getBundleContext(), CommandLineRunner.class, null);
        tracker.open();
        CommandLineRunner runner = tracker.waitForService(TimeUnit.SECONDS.toMillis(RUNNER_TIMEOUT_SECONDS));
        if (runner == null) {
            framework.stop();
            throw new LaunchException(1, "the runtime did not start its command line within "
                    + RUNNER_TIMEOUT_SECONDS + " s" + (failed.isEmpty() ? "" : " (bundles not started: " + failed + ")")
                    + "; see " + WorkspaceLock.stateDir(workspace).resolve("framework.log"));
        }
        return runner;
    }

    public CommandLineRunner runner() {
        return runner;
    }

    /**
     * On the first start of a workspace, imports the shipped corpus so a new analyst sees the articles at
     * once. Runs the same {@code import} command a user would; a distribution without the corpus feature has
     * none and skips this.
     */
    public void seedIfNew(CommandContext user) throws IOException {
        Path marker = WorkspaceLock.stateDir(workspace).resolve("seeded");
        if (!newWorkspace) {
            return;
        }
        if (Files.isDirectory(distribution.corpus()) && runner.hasCommand("import")) {
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            CommandContext quiet = new CommandContext(user.in(), discard, user.err(), user.workingDirectory(), false);
            runner.run(List.of("import", distribution.corpus().toString()), quiet);
        }
        Files.writeString(marker, distribution.version());
    }

    /**
     * Waits for the services active bundles ask the ready line to wait for ({@link ReadyLine#HEADER}), and gives
     * their addresses. One that does not come in time is reported and left out: the workbench still takes
     * commands.
     */
    public List<String> awaitAddresses() throws InterruptedException {
        List<String> addresses = new ArrayList<>();
        BundleContext context = framework.getBundleContext();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        for (Bundle bundle : context.getBundles()) {
            String wanted = bundle.getState() == Bundle.ACTIVE ? bundle.getHeaders().get(ReadyLine.HEADER) : null;
            if (wanted == null) {
                continue;
            }
            Filter filter;
            try {
                filter = context.createFilter(wanted);
            } catch (InvalidSyntaxException e) {
                Main.err().println("atelier: bundle " + bundle.getSymbolicName() + " has a bad " + ReadyLine.HEADER
                        + " header: " + e.getMessage());
                continue;
            }
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
            tracker.open(true);
            try {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || tracker.waitForService(left) == null) {
                    Main.err().println("atelier: " + bundle.getSymbolicName() + " is not ready within "
                            + READY_TIMEOUT_SECONDS + " s; see " + WorkspaceLock.stateDir(workspace)
                            .resolve("framework.log"));
                    continue;
                }
                ServiceReference<Object> reference = tracker.getServiceReference();
                Object address = reference == null ? null : reference.getProperty(ReadyLine.ADDRESS);
                if (address != null) {
                    addresses.add(address.toString());
                }
            } finally {
                tracker.close();
            }
        }
        return addresses;
    }

    String readyLine(List<String> addresses) {
        return "Atelier " + distribution.version() + " ready"
                + (addresses.isEmpty() ? "" : " at " + String.join(" ", addresses))
                + " (workspace " + workspace + ")";
    }

    /** Blocks until the framework stops: {@code stop} in the shell, or a signal through {@link #stop}. */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    public void stop() {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING | Bundle.STOPPING)) != 0) {
                framework.stop();
                FrameworkEvent event = framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
                if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                    Main.err().println("atelier: the runtime did not stop within 30 s");
                }
            }
        } catch (BundleException | InterruptedException e) {
            Main.err().println("atelier: stopping the runtime failed: " + Main.describe(e));
        }
    }
}
