package org.atelier.benchmark.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The search benchmark. {@code run} generates (or takes) the corpus and the queries, then measures raw Lucene
 * and Atelier, each in a JVM of its own and in alternating order, several rounds, and ripgrep over the same
 * files; it prints the medians and their ratios and writes them to {@code report.md} in the work folder.
 * {@code engine} is one such measure, run by {@code run} as a child process.
 */
public final class SearchBenchmark {
    private static final String JVM_HEAP = "-Xmx3g";
    /** How many times each JVM runs the whole query set after its warm-up round. */
    private static final int QUERY_ROUNDS = 3;
    /** As in the workbench: Lucene's note that the optional vector module is missing stays off the terminal. */
    private static final java.util.logging.Logger VECTORIZATION_NOTE = quiet("org.apache.lucene.internal.vectorization");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String command = args.length == 0 ? "run" : args[0];
        switch (command) {
            case "run" -> run(options);
            case "engine" -> engine(options);
            default -> {
                System.err.println("usage: SearchBenchmark run [--articles N] [--seed S] [--rounds R] [--work DIR]"
                        + " [--corpus DIR] [--seed-articles DIR] [--word-list FILE] [--queries-per-kind K]"
                        + " [--distribution DIR|none]");
                System.exit(2);
            }
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
        }
        return options;
    }

    // ---------------------------------------------------------------- the driver

    private static void run(Map<String, String> options) throws Exception {
        int articles = Integer.parseInt(options.getOrDefault("articles", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int perKind = Integer.parseInt(options.getOrDefault("queries-per-kind", "25"));
        Path work = Files.createDirectories(Path.of(options.getOrDefault("work", "target/bench")).toAbsolutePath());

        Path corpusFolder;
        String corpusLabel;
        if (options.containsKey("corpus")) {
            corpusFolder = Path.of(options.get("corpus")).toAbsolutePath();
            corpusLabel = "the articles of " + corpusFolder;
        } else {
            corpusFolder = work.resolve("corpus-" + articles + "-" + seed);
            Path seedArticles = Path.of(options.getOrDefault("seed-articles", "corpus"));
            Path wordList = Path.of(options.getOrDefault("word-list", "/usr/share/dict/french"));
            if (!Files.exists(corpusFolder.resolve(CorpusGenerator.MANIFEST))) {
                long start = System.nanoTime();
                System.out.printf("Generating %,d articles (seed %d) into %s%n", articles, seed, corpusFolder);
                deleteTree(corpusFolder);
                new CorpusGenerator(seedArticles, Files.isReadable(wordList) ? wordList : null, seed)
                        .write(corpusFolder, articles);
                System.out.printf("  done in %.1f s%n", seconds(start));
            }
            corpusLabel = String.format("%,d generated articles (seed %d; sentences of %s, words of %s)", articles,
                    seed, seedArticles, Files.isReadable(wordList) ? wordList : "the articles alone");
        }
        BenchCorpus corpus = BenchCorpus.open(corpusFolder);
        long bytes = corpus.bytes();
        List<QuerySet.Query> queries = QuerySet.build(corpus, seed, perKind);
        Path queryFile = work.resolve("queries.tsv");
        QuerySet.write(queries, queryFile);
        System.out.printf("Corpus: %s, %,d files, %.1f MiB; %d queries%n", corpusLabel, corpus.entries().size(),
                bytes / 1048576.0, queries.size());

        Map<String, List<Properties>> results = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            List<String> order = round % 2 == 1 ? List.of("raw", "atelier") : List.of("atelier", "raw");
            for (String engine : order) {
                System.out.printf("Round %d/%d: %s%n", round, rounds, engine);
                Properties result = child(engine, corpusFolder, work, queryFile);
                results.computeIfAbsent(engine, k -> new ArrayList<>()).add(result);
                System.out.printf("  %s docs/s, p50 %s ms, p99 %s ms, peak RSS %s MiB%n", result.get("docsPerSecond"),
                        result.get("p50Ms"), result.get("p99Ms"), result.get("peakRssMib"));
            }
        }
        Properties ripgrep = Ripgrep.measure(corpus, queries, rounds);
        String report = report(corpusLabel, corpus, bytes, queries, rounds, results, ripgrep);
        Path distribution = Path.of(options.getOrDefault("distribution", "distribution/target/atelier"));
        if (!options.getOrDefault("distribution", "").equals("none")
                && Files.isExecutable(distribution.resolve("bin/atelier"))) {
            System.out.printf("The distribution: import into a new workspace, then its commands%n");
            String word = queries.stream().filter(q -> q.kind().equals(QuerySet.KINDS[0])).findFirst()
                    .orElse(queries.get(0)).text();
            Properties end = new DistributionRun(distribution.toAbsolutePath(), work).measure(corpus, word);
            report += DistributionRun.report(end, median(results.get("raw"), "docsPerSecond"));
        }
        Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
    }

    /** Runs one engine in a JVM of its own, with the same flags for each, and reads what it measured. */
    private static Properties child(String engine, Path corpus, Path work, Path queries) throws Exception {
        Path index = work.resolve("index-" + engine);
        deleteTree(index);
        Path out = work.resolve("result-" + engine + ".properties");
        Files.deleteIfExists(out);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, JVM_HEAP, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SearchBenchmark.class.getName(), "engine",
                "--engine", engine, "--corpus", corpus.toString(), "--index", index.toString(),
                "--queries", queries.toString(), "--out", out.toString()));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(engine + " failed with exit code " + process.exitValue());
        }
        Properties result = new Properties();
        try (InputStream in = Files.newInputStream(out)) {
            result.load(in);
        }
        deleteTree(index);
        return result;
    }

    // ---------------------------------------------------------------- one engine, in its own JVM

    private static void engine(Map<String, String> options) throws Exception {
        String name = options.get("engine");
        BenchCorpus corpus = BenchCorpus.open(Path.of(options.get("corpus")));
        List<QuerySet.Query> queries = QuerySet.read(Path.of(options.get("queries")));
        int rounds = QUERY_ROUNDS;
        Path index = Files.createDirectories(Path.of(options.get("index")));
        Properties result = new Properties();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (Engine engine = name.equals("raw") ? new RawLucene() : new AtelierEngine()) {
            long start = System.nanoTime();
            long startCpu = Stats.processCpuNanos();
            engine.index(corpus, index);
            double indexing = seconds(start);
            double indexingCpu = (Stats.processCpuNanos() - startCpu) / 1e9;
            result.setProperty("indexSeconds", format(indexing));
            result.setProperty("docsPerSecond", format(corpus.entries().size() / indexing));
            result.setProperty("docsPerCpuSecond", format(corpus.entries().size() / indexingCpu));
            result.setProperty("indexMib", format(size(index) / 1048576.0));

            long[] totals = new long[queries.size()];
            for (int q = 0; q < queries.size(); q++) {
                totals[q] = engine.search(queries.get(q).text()); // warm-up
            }
            Map<String, List<Long>> byKind = new TreeMap<>();
            long[] latencies = new long[queries.size() * rounds];
            long[] cpu = new long[queries.size() * rounds];
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (QuerySet.Query query : queries) {
                    long c = threads.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    engine.search(query.text());
                    long elapsed = System.nanoTime() - t;
                    cpu[n] = threads.getCurrentThreadCpuTime() - c;
                    latencies[n++] = elapsed;
                    byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(elapsed);
                }
            }
            result.setProperty("p50Ms", format(Stats.percentile(latencies, 50) / 1e6));
            result.setProperty("p99Ms", format(Stats.percentile(latencies, 99) / 1e6));
            result.setProperty("cpuP50Ms", format(Stats.percentile(cpu, 50) / 1e6));
            byKind.forEach((kind, values) -> result.setProperty("p50Ms." + kind,
                    format(Stats.percentile(values.stream().mapToLong(Long::longValue).toArray(), 50) / 1e6)));
            StringBuilder totalList = new StringBuilder();
            for (long total : totals) {
                totalList.append(total).append(',');
            }
            result.setProperty("totals", totalList.toString());
        }
        result.setProperty("peakRssMib", format(Stats.peakRssMib()));
        result.setProperty("peakHeapMib", format(Stats.peakHeapMib()));
        try (OutputStream out = Files.newOutputStream(Path.of(options.get("out")))) {
            result.store(out, name);
        }
    }

    // ---------------------------------------------------------------- the report

    private static String report(String corpusLabel, BenchCorpus corpus, long bytes, List<QuerySet.Query> queries,
            int rounds, Map<String, List<Properties>> results, Properties ripgrep) {
        List<Properties> raw = results.get("raw");
        List<Properties> atelier = results.get("atelier");
        double rawDocs = median(raw, "docsPerSecond");
        double atelierDocs = median(atelier, "docsPerSecond");
        double rawP50 = median(raw, "p50Ms");
        double atelierP50 = median(atelier, "p50Ms");
        double rawP99 = median(raw, "p99Ms");
        double atelierP99 = median(atelier, "p99Ms");
        double rawRss = median(raw, "peakRssMib");
        double atelierRss = median(atelier, "peakRssMib");
        double rawHeap = median(raw, "peakHeapMib");
        double atelierHeap = median(atelier, "peakHeapMib");
        double rgScan = Double.parseDouble(ripgrep.getProperty("scanSeconds"));
        double rgP50 = Double.parseDouble(ripgrep.getProperty("p50Ms"));
        double rgP99 = Double.parseDouble(ripgrep.getProperty("p99Ms"));
        double rgRss = Double.parseDouble(ripgrep.getProperty("peakRssMib"));

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Load average of the machine at the end of the run (1, 5, 15 min): %s. "
                + "Other work on the machine slows both engines alike within a round; the CPU-time rows are the least "
                + "disturbed by it.%n%n", Stats.loadAverage()));
        md.append(String.format(Locale.ROOT, "Corpus: %s; %,d files, %.0f MiB. Queries: %d (%s), each run once to warm up, then %d times per JVM; %d rounds of one JVM per engine, medians of the rounds. Machine: %d cores, Java %s.%n%n",
                corpusLabel, corpus.entries().size(), bytes / 1048576.0, queries.size(), String.join(", ", QuerySet.KINDS),
                QUERY_ROUNDS, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        md.append("| | raw Lucene | Atelier | Atelier / raw | ripgrep | ripgrep / raw |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| indexing (articles/s) | %,.0f | %,.0f | %.2fx | no index: one full scan takes %.2f s (%,.0f articles/s) | |%n",
                rawDocs, atelierDocs, atelierDocs / rawDocs, rgScan, corpus.entries().size() / rgScan));
        md.append(String.format(Locale.ROOT, "| indexing (articles per CPU second, all threads) | %,.0f | %,.0f | %.2fx | | |%n",
                median(raw, "docsPerCpuSecond"), median(atelier, "docsPerCpuSecond"),
                median(atelier, "docsPerCpuSecond") / median(raw, "docsPerCpuSecond")));
        md.append(String.format(Locale.ROOT, "| query p50 (ms) | %.2f | %.2f | %.2fx | %.1f | %.0fx |%n",
                rawP50, atelierP50, atelierP50 / rawP50, rgP50, rgP50 / rawP50));
        md.append(String.format(Locale.ROOT, "| query p50 (CPU ms of the searching thread) | %.2f | %.2f | %.2fx | | |%n",
                median(raw, "cpuP50Ms"), median(atelier, "cpuP50Ms"), median(atelier, "cpuP50Ms") / median(raw, "cpuP50Ms")));
        md.append(String.format(Locale.ROOT, "| query p99 (ms) | %.2f | %.2f | %.2fx | %.1f | %.0fx |%n",
                rawP99, atelierP99, atelierP99 / rawP99, rgP99, rgP99 / rawP99));
        md.append(String.format(Locale.ROOT, "| peak memory, RSS (MiB) | %.0f | %.0f | %.2fx | %.0f | %.2fx |%n",
                rawRss, atelierRss, atelierRss / rawRss, rgRss, rgRss / rawRss));
        md.append(String.format(Locale.ROOT, "| peak Java heap used (MiB) | %.0f | %.0f | %.2fx | | |%n",
                rawHeap, atelierHeap, atelierHeap / rawHeap));
        md.append(String.format(Locale.ROOT, "| index size (MiB) | %.0f | %.0f | %.2fx | | |%n%n",
                median(raw, "indexMib"), median(atelier, "indexMib"), median(atelier, "indexMib") / median(raw, "indexMib")));
        md.append(String.format(Locale.ROOT, "Targets: indexing at least 0.9x raw Lucene: %s (%.2fx); query p50 within 1.2x raw Lucene: %s (%.2fx).%n%n",
                atelierDocs / rawDocs >= 0.9 ? "met" : "NOT met", atelierDocs / rawDocs,
                atelierP50 / rawP50 <= 1.2 ? "met" : "NOT met", atelierP50 / rawP50));
        md.append("Query p50 by kind (ms), raw Lucene / Atelier: ");
        List<String> kinds = new ArrayList<>();
        for (String kind : QuerySet.KINDS) {
            kinds.add(String.format(Locale.ROOT, "%s %.2f / %.2f", kind, median(raw, "p50Ms." + kind),
                    median(atelier, "p50Ms." + kind)));
        }
        md.append(String.join("; ", kinds)).append(".\n\n");
        md.append(totalsNote(queries, raw.get(0), atelier.get(0)));
        md.append(String.format(Locale.ROOT, "ripgrep: `rg -l -i -w -F` over the article files for the %s queries it can answer as written (words and phrases; no stems, accents or booleans), started once per query as a user would; peak memory is the largest maximum RSS of those processes.%n",
                ripgrep.getProperty("queries")));
        md.append("\nEvery round, raw Lucene / Atelier:\n");
        for (int i = 0; i < raw.size(); i++) {
            md.append(String.format(Locale.ROOT, "- round %d: %s / %s articles/s, p50 %s / %s ms, p99 %s / %s ms%n", i + 1,
                    raw.get(i).get("docsPerSecond"), atelier.get(i).get("docsPerSecond"), raw.get(i).get("p50Ms"),
                    atelier.get(i).get("p50Ms"), raw.get(i).get("p99Ms"), atelier.get(i).get("p99Ms")));
        }
        return md.toString();
    }

    /** Where the two engines count different totals, and why that is expected. */
    private static String totalsNote(List<QuerySet.Query> queries, Properties raw, Properties atelier) {
        String[] rawTotals = raw.getProperty("totals").split(",");
        String[] atelierTotals = atelier.getProperty("totals").split(",");
        Map<String, Integer> differ = new TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            if (!rawTotals[i].equals(atelierTotals[i])) {
                differ.merge(queries.get(i).kind(), 1, Integer::sum);
            }
        }
        if (differ.isEmpty()) {
            return "Both engines found the same number of documents for every query.\n\n";
        }
        return "Totals differ for " + differ + " queries, as the query syntax says they should: Atelier's prefixes "
                + "also match the words as written, accents or not (puces* finds puces, whose stem is puce), and its "
                + "fuzzy words are stemmed before they are compared (raw Lucene compares the typed word with the "
                + "stems).\n\n";
    }

    private static double median(List<Properties> results, String key) {
        List<Double> values = new ArrayList<>();
        for (Properties result : results) {
            values.add(Double.parseDouble(result.getProperty(key)));
        }
        return Stats.median(values);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    static void waitFor(Process process, String what) throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not end within 10 minutes");
        }
    }
}
