package org.atelier.api.search;

import java.util.List;

/**
 * A passage of a document's text and the matches in it. Offsets count UTF-16 code units (Java and JavaScript
 * string indexes) in the stored document text, the text {@code DocumentStore.get} returns.
 *
 * @param text    the passage: {@code documentText.substring(start, start + text.length())}
 * @param start   where the passage starts in the document text
 * @param matches where each match starts and ends (exclusive) in the document text, in order
 */
public record Snippet(String text, int start, List<Span> matches) {

    public Snippet {
        matches = List.copyOf(matches);
    }

    /** A range of the document text: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {}
}
