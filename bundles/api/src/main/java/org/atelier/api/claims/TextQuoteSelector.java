package org.atelier.api.claims;

/**
 * A span of a document's text by its content, as the W3C Web Annotation {@code TextQuoteSelector}: the exact
 * text, and some of the text just before and after it, which tell two occurrences apart and find the span
 * again when the document changes.
 *
 * @param exact  the quoted text, NFC
 * @param prefix the text just before it (empty at the start of the document)
 * @param suffix the text just after it (empty at the end of the document)
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** How many code points of context {@link #of} keeps on each side. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        if (exact == null || exact.isEmpty()) {
            throw new IllegalArgumentException("an empty quote");
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote of {@code span} in {@code text}, with up to {@value #CONTEXT} code points of context. */
    public static TextQuoteSelector of(String text, TextPositionSelector span) {
        int begin = span.utf16Start(text);
        int end = span.utf16End(text);
        int before = begin;
        for (int i = 0; i < CONTEXT && before > 0; i++) {
            before = text.offsetByCodePoints(before, -1);
        }
        int after = end;
        for (int i = 0; i < CONTEXT && after < text.length(); i++) {
            after = text.offsetByCodePoints(after, 1);
        }
        return new TextQuoteSelector(text.substring(begin, end), text.substring(before, begin),
                text.substring(end, after));
    }
}
