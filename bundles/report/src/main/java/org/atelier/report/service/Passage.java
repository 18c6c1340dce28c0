package org.atelier.report.service;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.TextPositionSelector;

/**
 * The text around a quote, as a reader wants it: up to the start (and end) of its paragraph, but never more than
 * {@value #LIMIT} characters on a side, cut at a word, so that a document of one very long line does not give a
 * page of context.
 */
final class Passage {
    /** The most characters of context kept on each side. */
    static final int LIMIT = 240;
    private static final String CUT = "…";

    private Passage() {}

    /**
     * The text before and after {@code claim}'s quote in {@code text}; its quote's own prefix and suffix when the
     * text is not known or no longer holds the quote where the claim says.
     *
     * @param offsets code points to Java indexes in {@code text}, or {@code null} when there is no text
     */
    static String[] around(Claim claim, String text, Offsets offsets) {
        TextPositionSelector position = claim.position();
        if (text != null) {
            int begin = offsets.utf16(position.start());
            int end = offsets.utf16(position.end());
            if (begin >= 0 && end >= 0 && text.startsWith(claim.text(), begin) && end - begin == claim.text().length()) {
                return new String[] {before(text, begin), after(text, end)};
            }
        }
        return new String[] {claim.quote().prefix(), claim.quote().suffix()};
    }

    /**
     * Code point offsets of one text turned into Java (UTF-16) indexes, counting on from the last one asked: the
     * claims of a document come by position, so a whole document costs one pass over its text rather than one per
     * claim.
     */
    static final class Offsets {
        private final String text;
        private int codePoint;
        private int index;

        Offsets(String text) {
            this.text = text;
        }

        /** The index of code point {@code offset}, or -1 when the text is shorter. */
        int utf16(int offset) {
            if (offset < codePoint) {
                codePoint = 0;
                index = 0;
            }
            while (codePoint < offset) {
                if (index >= text.length()) {
                    return -1;
                }
                index += Character.charCount(text.codePointAt(index));
                codePoint++;
            }
            return index;
        }
    }

    static String before(String text, int begin) {
        int paragraph = text.lastIndexOf('\n', begin - 1) + 1;
        int from = Math.max(paragraph, begin - LIMIT);
        boolean cut = from > paragraph;
        if (cut) {
            from = wordStart(text, from, begin);
        }
        String before = text.substring(from, begin);
        return cut ? CUT + before : before;
    }

    static String after(String text, int end) {
        int paragraph = text.indexOf('\n', end);
        if (paragraph < 0) {
            paragraph = text.length();
        }
        int to = Math.min(paragraph, end + LIMIT);
        boolean cut = to < paragraph;
        if (cut) {
            to = wordEnd(text, end, to);
        }
        String after = text.substring(end, to);
        return cut ? after + CUT : after;
    }

    /** The first index at or after {@code from} that starts a word, or {@code from} when none does before {@code limit}. */
    private static int wordStart(String text, int from, int limit) {
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        for (int i = from; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    /** The last index at or before {@code to} that ends a word, or {@code to} when none does after {@code limit}. */
    private static int wordEnd(String text, int limit, int to) {
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        for (int i = to; i > limit; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return to;
    }
}
