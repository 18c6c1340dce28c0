package org.atelier.api.claims;

/**
 * A span of a document's text by position, as the W3C Web Annotation {@code TextPositionSelector}: {@code start}
 * inclusive, {@code end} exclusive, both counted in Unicode code points of the stored (NFC) text. An emoji
 * beyond the Basic Multilingual Plane is one code point (and two Java {@code char}s); the methods taking the
 * text convert to and from Java string indexes.
 */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + "-" + end);
        }
    }

    /** The span of {@code text.substring(begin, end)}, from Java (UTF-16) indexes. */
    public static TextPositionSelector ofUtf16(String text, int begin, int end) {
        int start = text.codePointCount(0, begin);
        return new TextPositionSelector(start, start + text.codePointCount(begin, end));
    }

    /** The length in code points. */
    public int length() {
        return end - start;
    }

    /** Where the span starts as a Java (UTF-16) index into {@code text}. */
    public int utf16Start(String text) {
        return text.offsetByCodePoints(0, start);
    }

    /** Where the span ends as a Java (UTF-16) index into {@code text}. */
    public int utf16End(String text) {
        return text.offsetByCodePoints(utf16Start(text), end - start);
    }

    /**
     * The text of the span.
     *
     * @throws IndexOutOfBoundsException when the span is not inside {@code text}
     */
    public String slice(String text) {
        int begin = utf16Start(text);
        return text.substring(begin, text.offsetByCodePoints(begin, end - start));
    }

    /** Whether the two spans share at least one code point. */
    public boolean overlaps(TextPositionSelector other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
