package org.atelier.claims.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.atelier.api.claims.AnchorException;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.claims.text.FoldedText;
import org.atelier.claims.text.FoldedText.Mode;

/**
 * Finds a quote in a document's text: when a claim is recorded (the quote must be there once, or once with the
 * context or position given), and when its document changes (the occurrence whose context matches best, nearest
 * the old position). Works in UTF-16 inside, answers in code points.
 */
final class Anchoring {
    private Anchoring() {}

    /**
     * Where a new claim's quote is.
     *
     * @throws AnchorException when it is not there, or there more than once and nothing tells which
     */
    static TextPositionSelector anchor(String docId, String text, TextQuoteSelector quote,
            TextPositionSelector position) {
        String exact = Normalizer.normalize(quote.exact(), Normalizer.Form.NFC);
        if (position != null) {
            int length = text.codePointCount(0, text.length());
            if (position.end() > length) {
                throw new AnchorException(docId, 0, "position " + position + " is past the end of document " + docId
                        + " (" + length + " characters)");
            }
            String there = position.slice(text);
            if (!FoldedText.fold(there, Mode.TYPOGRAPHIC).equals(FoldedText.fold(exact, Mode.TYPOGRAPHIC))) {
                throw new AnchorException(docId, 0, "the text at " + position + " of document " + docId + " is \""
                        + shorten(there) + "\", not the quote");
            }
            return position;
        }
        List<int[]> spans = FoldedText.of(text, Mode.TYPOGRAPHIC).find(exact, Mode.TYPOGRAPHIC);
        if (!quote.prefix().isEmpty() || !quote.suffix().isEmpty()) {
            List<int[]> fitting = new ArrayList<>();
            for (int[] span : spans) {
                if (contextFits(text, span, quote)) {
                    fitting.add(span);
                }
            }
            spans = fitting;
        }
        if (spans.isEmpty()) {
            throw new AnchorException(docId, 0, "the quote \"" + shorten(exact) + "\" is not in document " + docId);
        }
        if (spans.size() > 1) {
            throw new AnchorException(docId, spans.size(), "the quote \"" + shorten(exact) + "\" occurs "
                    + spans.size() + " times in document " + docId + "; quote more of the text, or give its start");
        }
        return TextPositionSelector.ofUtf16(text, spans.get(0)[0], spans.get(0)[1]);
    }

    /**
     * Where a claim's quote is in the changed text of its document: the exact text if it is there, else the
     * text with its apostrophes, quotation marks and spaces written otherwise; of several occurrences, the one
     * whose surroundings match the quote's context best, then the nearest to where it was.
     */
    static Optional<TextPositionSelector> relocate(String text, TextQuoteSelector quote,
            TextPositionSelector previous) {
        List<int[]> spans = new ArrayList<>();
        for (int at = text.indexOf(quote.exact()); at >= 0; at = text.indexOf(quote.exact(), at + 1)) {
            spans.add(new int[] {at, at + quote.exact().length()});
        }
        if (spans.isEmpty()) {
            spans = FoldedText.of(text, Mode.TYPOGRAPHIC).find(quote.exact(), Mode.TYPOGRAPHIC);
        }
        int[] best = null;
        int bestContext = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int[] span : spans) {
            int context = commonSuffix(text.substring(0, span[0]), quote.prefix())
                    + commonPrefix(text.substring(span[1]), quote.suffix());
            long distance = Math.abs((long) text.codePointCount(0, span[0]) - previous.start());
            if (context > bestContext || (context == bestContext && distance < bestDistance)) {
                best = span;
                bestContext = context;
                bestDistance = distance;
            }
        }
        return best == null ? Optional.empty() : Optional.of(TextPositionSelector.ofUtf16(text, best[0], best[1]));
    }

    private static boolean contextFits(String text, int[] span, TextQuoteSelector quote) {
        String before = FoldedText.of(text.substring(0, span[0]), Mode.TYPOGRAPHIC).folded();
        String after = FoldedText.of(text.substring(span[1]), Mode.TYPOGRAPHIC).folded();
        String prefix = FoldedText.of(quote.prefix(), Mode.TYPOGRAPHIC).folded();
        String suffix = FoldedText.of(quote.suffix(), Mode.TYPOGRAPHIC).folded();
        return before.endsWith(prefix) && after.startsWith(suffix);
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.codePointCount(0, oneLine.length()) <= 60 ? oneLine
                : oneLine.substring(0, oneLine.offsetByCodePoints(0, 59)) + "…";
    }
}
