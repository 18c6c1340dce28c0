package org.atelier.benchmark.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.api.corpus.DocumentInfo;

/**
 * The articles of a benchmark run: a generated corpus (with its manifest) or a folder of real articles ({@code
 * .txt}, first line the title). Each engine reads every text from disk, the same way.
 */
final class BenchCorpus {
    /** One article: its path relative to the folder of articles, and what the manifest says of it. */
    record Entry(String path, String outlet, String date) {}

    private final Path articles;
    private final List<Entry> entries;

    private BenchCorpus(Path articles, List<Entry> entries) {
        this.articles = articles;
        this.entries = List.copyOf(entries);
    }

    static BenchCorpus open(Path folder) throws IOException {
        Path manifest = folder.resolve(CorpusGenerator.MANIFEST);
        List<Entry> entries = new ArrayList<>();
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t");
                entries.add(new Entry(fields[0], fields[1], fields[2]));
            }
            return new BenchCorpus(folder.resolve("articles"), entries);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                entries.add(new Entry(folder.relativize(file).toString(), null, null));
            }
        }
        return new BenchCorpus(folder, entries);
    }

    List<Entry> entries() {
        return entries;
    }

    Path articles() {
        return articles;
    }

    Path file(Entry entry) {
        return articles.resolve(entry.path());
    }

    String text(Entry entry) {
        try {
            return Files.readString(file(entry), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The metadata the document store would hold; the path is the id. */
    static DocumentInfo info(Entry entry, String text) {
        return new DocumentInfo(entry.path(), title(text), entry.path(), "fr", text.length(), entry.outlet(),
                entry.date(), Instant.EPOCH, null, null);
    }

    long bytes() throws IOException {
        long total = 0;
        for (Entry entry : entries) {
            total += Files.size(file(entry));
        }
        return total;
    }
}
