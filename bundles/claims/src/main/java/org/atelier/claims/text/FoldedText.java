package org.atelier.claims.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text folded for matching, with the way back to the original: what a user types matches what a document
 * holds though its apostrophes are typographic ({@code ’}), its spaces non-breaking or doubled, its French
 * spacing around {@code « » ? ! : ;} present or not, and, in {@link Mode#LOOSE}, its letters of another case or
 * accented.
 */
public final class FoldedText {
    /** How much is folded. */
    public enum Mode {
        /** Apostrophes, quotation marks, dashes, ellipses and white space only: for quotes. */
        TYPOGRAPHIC,
        /** Also case and accents: for searching. */
        LOOSE
    }

    private final String folded;
    /** For each char of {@link #folded}, where its code point starts and ends in the original (UTF-16). */
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public static FoldedText of(String text, Mode mode) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 3 + 1];
        int[] ends = new int[text.length() * 3 + 1];
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = foldCodePoint(cp, mode);
            char previous = out.isEmpty() ? '\0' : out.charAt(out.length() - 1);
            if (piece.equals(" ") && (out.isEmpty() || previous == ' ' || opening(previousCodePoint(text, i)))) {
                if (!out.isEmpty()) {
                    ends[out.length() - 1] = next; // a run of white space is one space, and none after « or “
                }
                i = next;
                continue;
            }
            if (previous == ' ' && (closing(cp) || "?!:;".indexOf(cp) >= 0)) {
                out.setLength(out.length() - 1); // French typography spaces before » ? ! : ; -- typed or not
            }
            for (int k = 0; k < piece.length(); k++) {
                if (out.length() >= starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(piece.charAt(k));
            }
            i = next;
        }
        return new FoldedText(out.toString(), starts, ends);
    }

    /** {@code text} folded, without white space at either end. */
    public static String fold(String text, Mode mode) {
        return of(text, mode).folded.strip();
    }

    public String folded() {
        return folded;
    }

    /** Every occurrence of {@code needle} (folded the same way) as UTF-16 spans of the original, in order. */
    public List<int[]> find(String needle, Mode mode) {
        String key = fold(needle, mode);
        List<int[]> spans = new ArrayList<>();
        if (key.isEmpty()) {
            return spans;
        }
        for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
            spans.add(new int[] {starts[at], ends[at + key.length() - 1]});
        }
        return spans;
    }

    /** Whether {@code needle} occurs. */
    public boolean contains(String needle, Mode mode) {
        String key = fold(needle, mode);
        return !key.isEmpty() && folded.contains(key);
    }

    private static boolean opening(int cp) {
        return cp == '\u00AB' || cp == '\u201C';
    }

    private static boolean closing(int cp) {
        return cp == '\u00BB' || cp == '\u201D';
    }

    /** The last code point before index {@code i} that is not white space, or -1. */
    private static int previousCodePoint(String text, int i) {
        int at = i;
        while (at > 0) {
            int cp = text.codePointBefore(at);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                return cp;
            }
            at -= Character.charCount(cp);
        }
        return -1;
    }

    private static String foldCodePoint(int cp, Mode mode) {
        switch (cp) {
            case '\u2019', '\u2018', '\u02BC', '\u2032', '\u201B', '`', '\u00B4' -> {
                return "'";
            }
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F' -> {
                return "\"";
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return "-";
            }
            case '\u2026' -> {
                return "...";
            }
            default -> {
                // handled below
            }
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (mode == Mode.TYPOGRAPHIC) {
            return Character.toString(cp);
        }
        switch (cp) {
            case '\u0153', '\u0152' -> {
                return "oe";
            }
            case '\u00E6', '\u00C6' -> {
                return "ae";
            }
            case '\u00DF' -> {
                return "ss";
            }
            default -> {
                // handled below
            }
        }
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
