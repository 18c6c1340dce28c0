package org.atelier.tika;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as Atelier keeps it: Unicode NFC, {@code \n} line ends, no trailing spaces, at most one blank line in a
 * row; and the code-point offsets of its pages in that text. Each page is normalised on its own, so its start is
 * known exactly, and pages are joined by one blank line.
 */
record NormalizedText(String text, List<Integer> pages) {
    private static final Pattern LINE_ENDS = Pattern.compile("\r\n?|[\u2028\u2029\u000B\u000C\u0085]");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t\u00A0]+\n");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\n{3,}");

    static NormalizedText of(CharSequence raw, List<Integer> pageStarts) {
        if (pageStarts.isEmpty()) {
            return new NormalizedText(normalize(raw.toString()), List.of());
        }
        StringBuilder text = new StringBuilder();
        List<Integer> pages = new ArrayList<>();
        int codePoints = 0;
        // What comes before the first page (a title some parsers write) belongs to the first page.
        for (int i = 0; i < pageStarts.size(); i++) {
            int from = i == 0 ? 0 : pageStarts.get(i);
            int to = i + 1 < pageStarts.size() ? pageStarts.get(i + 1) : raw.length();
            String page = normalize(raw.subSequence(from, to).toString());
            if (!text.isEmpty() && !page.isEmpty()) {
                text.append('\n');
                codePoints++;
            }
            pages.add(codePoints);
            text.append(page);
            codePoints += page.codePointCount(0, page.length());
        }
        return new NormalizedText(text.toString(), pages);
    }

    /** One piece of text, normalised; ends with {@code \n} unless empty. */
    static String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = LINE_ENDS.matcher(text).replaceAll("\n").replace("\u0000", "");
        text = TRAILING_SPACES.matcher(text + "\n").replaceAll("\n");
        text = BLANK_LINE_RUNS.matcher(text).replaceAll("\n\n").strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
