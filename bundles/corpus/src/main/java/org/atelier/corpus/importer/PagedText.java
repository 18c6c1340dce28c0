package org.atelier.corpus.importer;

import java.util.ArrayList;
import java.util.List;

import org.atelier.corpus.text.TextDecoder;

/**
 * A reader's text made the stored text (line ends, NFC, blank edges trimmed), its page starts carried along: the
 * offsets a reader gives count in its own text, and normalizing changes how many code points come before a page.
 * Each page is normalized on its own, so that its start is known in the result.
 *
 * @param text  the stored text
 * @param pages the code-point offset in {@code text} at which each page starts, as many as the reader gave
 */
record PagedText(String text, List<Integer> pages) {
    static PagedText of(String raw, List<Integer> pageStarts) {
        if (pageStarts.isEmpty()) {
            return new PagedText(ImportRun.trimBlankEdges(TextDecoder.normalize(raw)), List.of());
        }
        int length = raw.codePointCount(0, raw.length());
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>(pageStarts.size());
        int from = 0; // in code points of the raw text
        for (int i = 0; i < pageStarts.size(); i++) {
            // Out of order or out of range starts, as a faulty reader may give, are held to the text.
            int to = i + 1 < pageStarts.size() ? clamp(pageStarts.get(i + 1), from, length) : length;
            starts.add(text.codePointCount(0, text.length()));
            text.append(TextDecoder.normalize(raw.substring(raw.offsetByCodePoints(0, from),
                    raw.offsetByCodePoints(0, to))));
            from = to;
        }
        String whole = text.toString();
        String trimmed = ImportRun.trimBlankEdges(whole);
        int cut = trimmed.isEmpty() ? 0 : whole.codePointCount(0, whole.indexOf(trimmed));
        int kept = trimmed.codePointCount(0, trimmed.length());
        List<Integer> shifted = new ArrayList<>(starts.size());
        for (int start : starts) {
            shifted.add(clamp(start - cut, 0, kept));
        }
        return new PagedText(trimmed, shifted);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(value, high));
    }
}
