package org.atelier.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into paragraphs (its lines) and sentences, as French news is written: a sentence ends at
 * {@code . ! ? …} (and any closing quotation mark or bracket) followed by a capital, a digit or an opening
 * mark, except after an initial or a common abbreviation. Spans are Java (UTF-16) indexes into the text.
 */
public final class Sentences {
    /** One sentence of a paragraph. */
    public record Sentence(int start, int end, String text, int paragraph, int indexInParagraph,
            int sentencesInParagraph, boolean listItem) {

        /** Whether the sentence is its whole paragraph. */
        public boolean wholeParagraph() {
            return sentencesInParagraph == 1;
        }

        /** Whether it ends with sentence punctuation ({@code . ! ? …}), possibly inside closing marks. */
        public boolean terminated() {
            String t = stripClosing(text);
            if (t.isEmpty()) {
                return false;
            }
            char last = t.charAt(t.length() - 1);
            return last == '.' || last == '!' || last == '?' || last == '\u2026';
        }

        /** Whether it asks something: its last punctuation is a question mark. */
        public boolean question() {
            String t = stripClosing(text);
            return !t.isEmpty() && t.charAt(t.length() - 1) == '?';
        }

        /** The number of words. */
        public int words() {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.copyOf(List.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me",
            "st", "ste", "etc", "cf", "p", "pp", "av", "apr", "corp", "inc", "ltd", "co", "jr", "sr", "vol", "no",
            "n°", "env", "éd", "fig", "gén", "col", "cie", "ex", "vs", "mgr"));
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|[-•*\u2013\u2014])\\s+");
    private static final String CLOSING = ")]»”\"'’";
    private static final String OPENING = "«“\"(-\u2013\u2014[";

    private Sentences() {}

    /** The sentences of {@code text}, in order; blank lines hold none. */
    public static List<Sentence> split(String text) {
        List<Sentence> all = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                splitParagraph(text, lineStart, lineEnd, paragraph++, all);
            }
            lineStart = lineEnd + 1;
        }
        return all;
    }

    private static void splitParagraph(String text, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        boolean listItem = false;
        Matcher marker = LIST_MARKER.matcher(text.substring(start, end));
        if (marker.find()) {
            listItem = true;
            start += marker.end();
        }
        List<int[]> spans = new ArrayList<>();
        int sentenceStart = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int j = i + 1;
            while (j < end && (".!?\u2026".indexOf(text.charAt(j)) >= 0 || CLOSING.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            int k = j;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= end) {
                break; // the paragraph's end closes the sentence
            }
            if (k == j) {
                continue; // "3.5", "NASDAQ:NVDA.", "a.b"
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || OPENING.indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviation(text, sentenceStart, i))) {
                i = j - 1;
                continue;
            }
            spans.add(new int[] {sentenceStart, j});
            sentenceStart = k;
            i = k - 1;
        }
        spans.add(new int[] {sentenceStart, end});
        List<int[]> trimmed = new ArrayList<>();
        for (int[] span : spans) {
            int s = span[0];
            int e = span[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                trimmed.add(new int[] {s, e});
            }
        }
        for (int n = 0; n < trimmed.size(); n++) {
            int[] span = trimmed.get(n);
            out.add(new Sentence(span[0], span[1], text.substring(span[0], span[1]), paragraph, n, trimmed.size(),
                    listItem));
        }
    }

    /** Whether the period at {@code dot} ends an initial ({@code J.}) or an abbreviation ({@code M.}). */
    private static boolean abbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    static String stripClosing(String text) {
        String t = text.strip();
        int e = t.length();
        while (e > 0 && (CLOSING.indexOf(t.charAt(e - 1)) >= 0 || Character.isWhitespace(t.charAt(e - 1)))) {
            e--;
        }
        return t.substring(0, e);
    }
}
