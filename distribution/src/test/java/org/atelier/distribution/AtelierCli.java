package org.atelier.distribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@code bin/atelier} run as a process, the way a user runs it. */
public final class AtelierCli {
    private static final long TIMEOUT_SECONDS = 120;

    /** One thread per stream: the common pool has a single thread on a 2-core machine. */
    private static final java.util.concurrent.Executor STREAMS = runnable -> {
        Thread thread = new Thread(runnable, "atelier-cli-stream");
        thread.setDaemon(true);
        thread.start();
    };

    private AtelierCli() {}

    /** Runs {@code bin/atelier ARGS} of the tested distribution on {@code workspace}, stdin closed. */
    public static CommandResult run(Path workspace, String... args) throws Exception {
        return run(Distribution.home(), workspace, Map.of(), args);
    }

    public static CommandResult run(Path home, Path workspace, Map<String, String> env, String... args)
            throws Exception {
        Process process = builder(home, workspace, env, args).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/atelier " + String.join(" ", args) + " did not end");
        }
        return new CommandResult(process.exitValue(), out.get(), err.get());
    }

    static ProcessBuilder builder(Path home, Path workspace, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/atelier").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME"); // bin/atelier finds a JDK 21+ on its own
        if (workspace != null) {
            builder.environment().put("ATELIER_WORKSPACE", workspace.toString());
        }
        builder.environment().putAll(env);
        return builder;
    }

    private static CompletableFuture<String> drain(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, STREAMS);
    }

    /**
     * Starts the workbench ({@code bin/atelier} with no command) and waits for its ready line. Its web server
     * takes any free port, so that tests never meet each other or a workbench of the machine's user.
     */
    public static RunningWorkbench startWorkbench(Path home, Path workspace, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(List.of(options));
        Process process = builder(home, workspace, Map.of(), args.toArray(String[]::new))
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = lines.readLine()) != null;) {
                    if (line.contains(" ready")) {
                        return line;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        }, STREAMS);
        String line = ready.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
            process.destroyForcibly();
            throw new AssertionError("the workbench ended before it was ready");
        }
        // Keep reading so the process never blocks on a full pipe.
        CompletableFuture.runAsync(() -> {
            try {
                while (lines.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // process ended
            }
        }, STREAMS);
        return new RunningWorkbench(process, line);
    }

    /** A workbench process. Closing it sends SIGTERM, the way Ctrl-C or a service manager stops it. */
    public record RunningWorkbench(Process process, String readyLine) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the workbench did not stop on SIGTERM within 30 s");
            }
        }
    }
}
