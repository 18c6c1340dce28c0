package org.atelier.benchmark.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a French news-like corpus, the same for the same seed: sentences walk the word pairs of the shipped
 * articles (their vocabulary and sentence shapes), and about a quarter of their content words are replaced by
 * words of a French word list drawn with Zipf's law, so that the vocabulary grows with the corpus as real news
 * does. Each article is a file whose first line is its title; {@code manifest.tsv} gives its outlet and date.
 */
final class CorpusGenerator {
    static final String MANIFEST = "manifest.tsv";
    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’\\-]*|\\p{N}[\\p{N}\\p{L},.]*\\p{N}?|[,;:()«»\"]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final String[] OUTLETS = {"Le Monde", "Les Échos", "Le Figaro", "Libération", "La Tribune",
            "L'Usine Nouvelle", "Numerama", "01net", "Le Parisien", "Ouest-France", "Challenges", "L'Express"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    private final Map<String, List<String>> successors = new HashMap<>();
    private final List<String> words;
    private final double[] wordWeights;
    private final SplittableRandom random;

    /**
     * @param articles the articles whose sentences give the shapes and the core vocabulary
     * @param wordList a French word list (one word a line), or {@code null} for the articles' words alone
     */
    CorpusGenerator(Path articles, Path wordList, long seed) throws IOException {
        this.random = new SplittableRandom(seed);
        try (Stream<Path> files = Files.walk(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                learn(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (successors.isEmpty()) {
            throw new IOException("no .txt article in " + articles + " to learn sentences from");
        }
        List<String> list = new ArrayList<>();
        if (wordList != null && Files.isReadable(wordList)) {
            for (String word : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
                if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                    list.add(word);
                }
            }
        }
        // Zipf ranks in an order of the seed, not the alphabet.
        SplittableRandom shuffle = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            String t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        this.words = list;
        this.wordWeights = new double[list.size()];
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            sum += 1.0 / (i + 10);
            wordWeights[i] = sum;
        }
    }

    private void learn(String text) {
        for (String sentence : SENTENCE_END.split(text.replace('\n', ' '))) {
            List<String> tokens = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(sentence);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
            if (tokens.size() < 3) {
                continue;
            }
            String previous = START;
            for (String token : tokens) {
                successors.computeIfAbsent(previous, k -> new ArrayList<>()).add(token);
                previous = token;
            }
            successors.computeIfAbsent(previous, k -> new ArrayList<>()).add(END);
        }
    }

    /** One article: title line, then paragraphs. */
    String article() {
        StringBuilder text = new StringBuilder(2048);
        String title = sentence(6 + random.nextInt(9));
        text.append(Character.toUpperCase(title.charAt(0))).append(title, 1, title.length()).append('\n');
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                String sentence = sentence(40);
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append('.');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private String sentence(int maxWords) {
        StringBuilder sentence = new StringBuilder(256);
        String previous = START;
        for (int n = 0; n < maxWords; n++) {
            List<String> next = successors.get(previous);
            if (next == null) {
                break;
            }
            String token = next.get(random.nextInt(next.size()));
            if (token.equals(END)) {
                break;
            }
            previous = token;
            String written = token;
            if (!words.isEmpty() && token.length() >= 4 && Character.isLowerCase(token.charAt(0))
                    && random.nextInt(4) == 0) {
                written = zipfWord();
            }
            boolean punctuation = written.length() == 1 && ",;:)»".indexOf(written.charAt(0)) >= 0;
            if (sentence.length() > 0 && !punctuation && sentence.charAt(sentence.length() - 1) != '(') {
                sentence.append(' ');
            }
            sentence.append(written);
        }
        if (sentence.length() == 0) {
            sentence.append("Rien");
        }
        return sentence.toString();
    }

    private String zipfWord() {
        double target = random.nextDouble() * wordWeights[wordWeights.length - 1];
        int low = 0;
        int high = wordWeights.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (wordWeights[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return words.get(low);
    }

    private String outlet() {
        // A few outlets publish most of the articles.
        int index = (int) Math.min(OUTLETS.length - 1, Math.floor(-Math.log(1 - random.nextDouble()) * 3));
        return OUTLETS[index];
    }

    /** Writes {@code count} articles into {@code folder}/articles, a thousand per sub-folder, and the manifest. */
    void write(Path folder, int count) throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        try (BufferedWriter manifest = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String name = String.format("%03d/%06d.txt", i / 1000, i);
                Path file = articles.resolve(name);
                if (i % 1000 == 0) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, article(), StandardCharsets.UTF_8);
                LocalDate date = FIRST_DAY.plusDays(random.nextInt(4 * 365));
                manifest.write(name + '\t' + outlet() + '\t' + date + '\n');
            }
        }
    }
}
