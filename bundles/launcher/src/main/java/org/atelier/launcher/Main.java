package org.atelier.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atelier.launcher.api.CommandContext;
import org.atelier.launcher.api.CommandLineRunner;

/**
 * {@code bin/atelier [--workspace DIR] [COMMAND [ARGS]]}: with no command, the workbench; with one, the command
 * in a headless runtime, or in the workbench that already runs on the workspace.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (LaunchException e) {
            System.err.println("atelier: " + e.getMessage());
            code = e.exitCode();
        } catch (Exception e) {
            // The last line of defence: one line for the user, the trace for whoever reads the log.
            System.err.println("atelier: " + describe(e));
            if (Boolean.getBoolean("atelier.debug")) {
                e.printStackTrace();
            }
            code = CommandLineRunner.FAILURE;
        }
        System.out.flush();
        Timing.mark("exit");
        System.exit(code);
    }

    static int run(String[] args) throws Exception {
        LaunchOptions options = LaunchOptions.parse(args);
        Distribution distribution = Distribution.locate();
        if (options.version()) {
            System.out.println("Atelier " + distribution.version());
            return CommandLineRunner.OK;
        }
        Path workspace = options.workspace() != null
                ? options.workspace()
                : distribution.defaultWorkspace(System.getenv("ATELIER_WORKSPACE"));
        List<String> words = options.commandWords();
        CommandContext context = new CommandContext(
                System.in, System.out, System.err, Path.of("").toAbsolutePath(), options.terminal());

        WorkspaceLock lock = acquireOrDelegate(workspace, words);
        if (lock == null) {
            return RemoteClient.run(workspace, words, context);
        }
        try (lock) {
            boolean interactive = words.isEmpty();
            Workbench workbench = Workbench.start(distribution, workspace, interactive,
                    interactive && options.consoleInput(), options.properties());
            try {
                workbench.seedIfNew(context);
                if (!interactive) {
                    int code = workbench.runner().run(words, context);
                    Timing.mark("command done");
                    if (code == CommandLineRunner.OK) {
                        vouchForClassData();
                    }
                    return code;
                }
                try (RemoteServer server = RemoteServer.open(workspace, workbench.runner())) {
                    List<String> addresses = workbench.awaitAddresses();
                    System.out.println(workbench.readyLine(addresses));
                    System.out.flush();
                    if (options.open()) {
                        Browser.open(addresses);
                    }
                    vouchForClassData();
                    workbench.openConsole();
                    workbench.startDeferred();
                    workbench.awaitStop();
                    return CommandLineRunner.OK;
                }
            } finally {
                workbench.stop();
            }
        }
    }

    /**
     * The workspace lock, or {@code null} when a workbench holds it and takes commands. A headless command of
     * another terminal holds the lock only briefly: wait for it.
     */
    private static WorkspaceLock acquireOrDelegate(Path workspace, List<String> words) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            WorkspaceLock lock = WorkspaceLock.tryAcquire(workspace);
            if (lock != null) {
                return lock;
            }
            if (words.isEmpty()) {
                throw new LaunchException(1, "workspace " + workspace + " is already open in another workbench"
                        + WorkspaceLock.holderDescription(workspace)
                        + "; run commands against it with bin/atelier COMMAND, or open another with --workspace");
            }
            if (Files.exists(RemoteProtocol.endpointFile(workspace))) {
                return null;
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException(1, "workspace " + workspace + " stayed locked by another process"
                        + WorkspaceLock.holderDescription(workspace));
            }
            Thread.sleep(50);
        }
    }

    /**
     * A run that makes the JVM's class data archive (bin/atelier sets {@code atelier.cds.ok}) vouches for it once
     * it started the whole runtime: an archive of a run that stopped short (a usage error) would hold too few
     * classes, and bin/atelier makes one nobody vouched for again.
     */
    private static void vouchForClassData() {
        String marker = System.getProperty("atelier.cds.ok");
        if (marker != null) {
            try {
                Files.writeString(Path.of(marker), "");
            } catch (IOException e) {
                // then the next start makes the archive again
            }
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Where stderr lines of the launcher go; one place so tests and the log agree. */
    static PrintStream err() {
        return System.err;
    }

    /** A failure of the launch itself, with the exit code to leave with. */
    static final class LaunchException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        LaunchException(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
