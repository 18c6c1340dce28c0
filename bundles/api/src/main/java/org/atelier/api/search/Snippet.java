package org.atelier.api.search;

import java.util.List;

/**
 * A passage of a document's text and the matches in it. Offsets count UTF-16 code units (Java and JavaScript
 * string indexes) in the stored document text, the text {@code DocumentStore.get} returns.
 *
 * @param text    the passage: {@code documentText.substring(start, start + text.length())}
 * @param start   where the passage starts in the document text
 * @param matches where each match starts and ends (exclusive) in the document text, in order
 * @param page    for a document of a paged format (PDF, office documents), the page of the passage's first match
 *                (of its start when it has none), counted from 1; {@code 0} when the document has no pages
 */
public record Snippet(String text, int start, List<Span> matches, int page) {

    public Snippet {
        matches = List.copyOf(matches);
    }

    /** A passage of a document without pages. */
    public Snippet(String text, int start, List<Span> matches) {
        this(text, start, matches, 0);
    }

    /**
     * This passage on {@code page}.
     *
     * @since 1.2
     */
    public Snippet onPage(int page) {
        return new Snippet(text, start, matches, page);
    }

    /** A range of the document text: {@code start} inclusive, {@code end} exclusive. */
    public record Span(int start, int end) {}
}
