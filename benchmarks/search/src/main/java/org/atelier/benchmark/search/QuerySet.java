package org.atelier.benchmark.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.atelier.search.lucene.FrenchAnalysis;

/**
 * The queries of a run, drawn with the seed from articles of the corpus so that they find something: words, two
 * words, phrases, prefixes, fuzzy words, OR, NOT and a title field, in equal numbers.
 */
final class QuerySet {
    /** A query, its kind, and the ripgrep pattern that finds the same words as written, or {@code null}. */
    record Query(String kind, String text, String grepPattern) {}

    static final String[] KINDS = {"word", "two-words", "phrase", "prefix", "fuzzy", "or", "not", "title"};

    private QuerySet() {}

    static List<Query> build(BenchCorpus corpus, long seed, int perKind) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<Query> queries = new ArrayList<>();
        List<BenchCorpus.Entry> entries = corpus.entries();
        for (String kind : KINDS) {
            int made = 0;
            int attempts = 0;
            while (made < perKind && attempts++ < perKind * 50) {
                BenchCorpus.Entry entry = entries.get(random.nextInt(entries.size()));
                String text = corpus.text(entry);
                List<String> words = words(kind.equals("title") ? BenchCorpus.title(text) : text);
                if (words.size() < 3) {
                    continue;
                }
                int at = random.nextInt(words.size() - 1);
                String a = words.get(at);
                String b = words.get(random.nextInt(words.size()));
                Query query = switch (kind) {
                    case "word" -> new Query(kind, a, a);
                    case "two-words" -> a.equals(b) ? null : new Query(kind, a + " " + b, null);
                    case "phrase" -> adjacent(text, a, words.get(at + 1))
                            ? new Query(kind, "\"" + a + " " + words.get(at + 1) + "\"", a + " " + words.get(at + 1))
                            : null;
                    case "prefix" -> a.length() >= 7 ? new Query(kind, a.substring(0, 5) + "*", null) : null;
                    case "fuzzy" -> a.length() >= 6 ? new Query(kind, typo(a, random) + "~1", null) : null;
                    case "or" -> new Query(kind, a + " OR " + b, null);
                    case "not" -> a.equals(b) ? null : new Query(kind, a + " -" + b, null);
                    case "title" -> new Query(kind, "title:" + a, null);
                    default -> throw new IllegalArgumentException(kind);
                };
                if (query != null) {
                    queries.add(query);
                    made++;
                }
            }
        }
        return queries;
    }

    /** The words of a text that are worth searching: letters only, four or more, not stop words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split("[^\\p{L}]+")) {
            if (token.length() >= 4 && !FrenchAnalysis.STOP_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
                words.add(token);
            }
        }
        return words;
    }

    private static boolean adjacent(String text, String a, String b) {
        return text.contains(a + " " + b);
    }

    /** The word with one letter changed, as a typing slip. */
    private static String typo(String word, SplittableRandom random) {
        int at = 1 + random.nextInt(word.length() - 2);
        char replacement = (char) ('a' + random.nextInt(26));
        return word.substring(0, at) + replacement + word.substring(at + 1);
    }

    static void write(List<Query> queries, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Query query : queries) {
            lines.add(query.kind() + "\t" + query.text() + "\t" + (query.grepPattern() == null ? "" : query.grepPattern()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<Query> read(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            queries.add(new Query(fields[0], fields[1], fields[2].isEmpty() ? null : fields[2]));
        }
        return queries;
    }
}
