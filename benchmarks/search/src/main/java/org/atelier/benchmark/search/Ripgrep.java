package org.atelier.benchmark.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * ripgrep over the article files, the tool a user reaches for without an index: one process per query, the way
 * it is used from a terminal, timed from start to end, its peak memory read by GNU time.
 */
final class Ripgrep {
    private Ripgrep() {}

    static Properties measure(BenchCorpus corpus, List<QuerySet.Query> queries, int rounds) throws Exception {
        List<QuerySet.Query> answerable = queries.stream().filter(q -> q.grepPattern() != null).toList();
        Path articles = corpus.articles();
        // A pattern found nowhere: the whole corpus is read, which is what every query costs.
        rg(articles, "zqxjzqxj").elapsedNanos();
        double scan = rg(articles, "zqxjzqxj").elapsedNanos() / 1e9;
        for (QuerySet.Query query : answerable) {
            rg(articles, query.grepPattern()); // warm-up
        }
        long[] latencies = new long[answerable.size() * rounds];
        long peakKib = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (QuerySet.Query query : answerable) {
                Result result = rg(articles, query.grepPattern());
                latencies[n++] = result.elapsedNanos();
                peakKib = Math.max(peakKib, result.peakKib());
            }
        }
        Properties properties = new Properties();
        properties.setProperty("scanSeconds", SearchBenchmark.format(scan));
        properties.setProperty("p50Ms", SearchBenchmark.format(Stats.percentile(latencies, 50) / 1e6));
        properties.setProperty("p99Ms", SearchBenchmark.format(Stats.percentile(latencies, 99) / 1e6));
        properties.setProperty("peakRssMib", SearchBenchmark.format(peakKib / 1024.0));
        properties.setProperty("queries", Integer.toString(answerable.size()));
        return properties;
    }

    private record Result(long elapsedNanos, long peakKib) {}

    private static Result rg(Path articles, String pattern) throws Exception {
        Path memory = Files.createTempFile("rg-memory", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", memory.toString(), "-f", "%M",
                    "rg", "-l", "-i", "-w", "-F", "--", pattern, articles.toString()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            SearchBenchmark.waitFor(process, "rg " + pattern);
            long elapsed = System.nanoTime() - start;
            // rg exits 1 when nothing matches.
            if (process.exitValue() > 1) {
                throw new IOException("rg failed on " + pattern + " with exit code " + process.exitValue());
            }
            String kib = Files.readString(memory, StandardCharsets.UTF_8).strip();
            String[] lines = kib.split("\n");
            return new Result(elapsed, Long.parseLong(lines[lines.length - 1].strip()));
        } finally {
            Files.deleteIfExists(memory);
        }
    }
}
