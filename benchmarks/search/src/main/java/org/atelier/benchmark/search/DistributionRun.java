package org.atelier.benchmark.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution as a user runs it, end to end: {@code bin/atelier import} of the articles into a new
 * workspace, timed from exec until the command exits with every article stored and indexed, under GNU time for
 * its peak memory; then the commands an analyst types, each timed from exec to exit, headless and sent to a
 * running workbench.
 */
final class DistributionRun {
    /** Each command is run this many times; the median is reported. */
    private static final int COMMAND_RUNS = 5;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final Path work;

    DistributionRun(Path home, Path work) {
        this.home = home;
        this.work = work;
    }

    Properties measure(BenchCorpus corpus, String query) throws Exception {
        Path workspace = work.resolve("workspace");
        SearchBenchmark.deleteTree(workspace);
        Properties result = new Properties();

        Path times = work.resolve("import.time");
        long start = System.nanoTime();
        Run imported = run(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%M",
                home.resolve("bin/atelier").toString(), "--workspace", workspace.toString(), "import",
                corpus.articles().toString()), 6 * 3600);
        double seconds = SearchBenchmark.seconds(start);
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("bin/atelier import failed: " + imported.output());
        }
        result.setProperty("importSeconds", SearchBenchmark.format(seconds));
        result.setProperty("importDocsPerSecond", SearchBenchmark.format(corpus.entries().size() / seconds));
        result.setProperty("importPeakRssMib", SearchBenchmark.format(
                Long.parseLong(Files.readString(times).strip().lines().reduce((a, b) -> b).orElseThrow()) / 1024.0));
        result.setProperty("workspaceMib", SearchBenchmark.format(size(workspace) / 1048576.0));

        // Searchable as soon as the import returned: every article is in the index it left.
        long all = total(atelier(workspace, "search", "--json", "--limit", "1", "*:*"));
        if (all < corpus.entries().size()) {
            throw new IllegalStateException("after the import, " + all + " of " + corpus.entries().size()
                    + " articles are searchable");
        }
        command(result, "headless", workspace, "status");
        command(result, "headless", workspace, "list", "--limit", "20");
        command(result, "headless", workspace, "list", "--limit", "20", "--sort", "date", "--desc");
        command(result, "headless", workspace, "search", "--limit", "20", query);

        long ready = System.nanoTime();
        Process workbench = new ProcessBuilder(home.resolve("bin/atelier").toString(), "--workspace",
                workspace.toString(), "--port", "0").redirectErrorStream(true).start();
        workbench.getOutputStream().close();
        try {
            awaitReady(workbench);
            result.setProperty("workbenchReadyMs", SearchBenchmark.format((System.nanoTime() - ready) / 1e6));
            command(result, "workbench", workspace, "status");
            command(result, "workbench", workspace, "list", "--limit", "20");
            command(result, "workbench", workspace, "list", "--limit", "20", "--sort", "date", "--desc");
            command(result, "workbench", workspace, "search", "--limit", "20", query);
            result.setProperty("workbenchRssMib", SearchBenchmark.format(rssMib(workbench)));
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(60, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
        return result;
    }

    /** Runs a command {@link #COMMAND_RUNS} times and records its median, from exec to exit, in ms. */
    private void command(Properties result, String where, Path workspace, String... args) throws Exception {
        long[] elapsed = new long[COMMAND_RUNS];
        for (int i = 0; i < COMMAND_RUNS; i++) {
            long start = System.nanoTime();
            Run run = atelier(workspace, args);
            elapsed[i] = System.nanoTime() - start;
            if (run.exitCode() != 0) {
                throw new IllegalStateException("bin/atelier " + String.join(" ", args) + ": " + run.output());
            }
        }
        result.setProperty("command." + where + "." + String.join(" ", args),
                SearchBenchmark.format(Stats.percentile(elapsed, 50) / 1e6));
    }

    private Run atelier(Path workspace, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/atelier").toString(), "--workspace",
                workspace.toString()));
        command.addAll(List.of(args));
        return run(command, 3600);
    }

    private static Run run(List<String> command, long timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end");
        }
        return new Run(process.exitValue(), output.get());
    }

    private static long total(Run run) {
        Matcher matcher = TOTAL.matcher(run.output());
        if (run.exitCode() != 0 || !matcher.find()) {
            throw new IllegalStateException("search failed: " + run.output());
        }
        return Long.parseLong(matcher.group(1));
    }

    private static void awaitReady(Process workbench) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(workbench.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null;) {
            if (line.contains(" ready at ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // kept flowing so that the workbench never blocks on a full pipe
                        }
                    } catch (IOException e) {
                        // ended
                    }
                }, "workbench-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("the workbench ended before its ready line");
    }

    /** The resident memory of the workbench's JVM: bin/atelier replaces itself with it, or is its parent. */
    private static double rssMib(Process workbench) throws IOException {
        long pid = workbench.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(workbench.pid());
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static long size(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static String report(Properties result, double rawDocsPerSecond) {
        StringBuilder md = new StringBuilder("\nThe distribution, end to end (`bin/atelier import` of the article files "
                + "into a new workspace, from exec until it exits with every article stored and indexed):\n\n");
        double docs = Double.parseDouble(result.getProperty("importDocsPerSecond"));
        md.append(String.format(Locale.ROOT, "- import: %.0f s, %,.0f articles/s (%.2fx raw Lucene indexing in "
                        + "process), peak RSS %.0f MiB, workspace %.0f MiB; target at least 0.9x raw: %s%n",
                Double.parseDouble(result.getProperty("importSeconds")), docs, docs / rawDocsPerSecond,
                Double.parseDouble(result.getProperty("importPeakRssMib")),
                Double.parseDouble(result.getProperty("workspaceMib")), docs / rawDocsPerSecond >= 0.9 ? "met" : "NOT met"));
        md.append(String.format(Locale.ROOT, "- workbench start on it, to the ready line: %.0f ms; its RSS after the "
                + "commands below: %.0f MiB%n", Double.parseDouble(result.getProperty("workbenchReadyMs")),
                Double.parseDouble(result.getProperty("workbenchRssMib"))));
        md.append("- commands, exec to exit, median of " + COMMAND_RUNS + " (headless / sent to the workbench):\n");
        for (String key : result.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("command.headless.")) {
                String command = key.substring("command.headless.".length());
                md.append(String.format(Locale.ROOT, "  - `%s`: %.0f / %.0f ms%n", command,
                        Double.parseDouble(result.getProperty(key)),
                        Double.parseDouble(result.getProperty("command.workbench." + command, "NaN"))));
            }
        }
        return md.toString();
    }

    private record Run(int exitCode, String output) {}
}
