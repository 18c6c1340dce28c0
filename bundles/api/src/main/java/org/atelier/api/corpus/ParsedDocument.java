package org.atelier.api.corpus;

import java.util.List;
import java.util.Map;

/**
 * A document as a {@link DocumentReader} found it. Any field but {@code text} may be {@code null} when the
 * source does not say; the importer then derives it (title from the first line, language by detection).
 *
 * @param part     which part of the source this is when it holds several ({@code "3"} for the third JSON
 *                 line, {@code "attachments/offre.pdf"} for a file embedded in an e-mail), or {@code null}
 * @param title    the title
 * @param text     the text
 * @param outlet   the publication
 * @param date     the publication date (for an e-mail, when it was sent), ISO-8601 ({@code 2025-01-02}) or as
 *                 the source wrote it
 * @param language ISO 639-1 code
 * @param url      the original address
 * @param parent   the {@code part} of the document of the same source this one is embedded in (an attachment's
 *                 e-mail), {@code ""} for the source's top document, {@code null} when it stands alone
 * @param metadata what else the format says, under the keys of {@link DocumentMetadata} (or others, lower case):
 *                 each key with its values in the source's order; never {@code null}
 * @param pages    for paged formats (PDF, office documents), the code-point offset in {@code text} at which each
 *                 page starts, the first {@code 0}; empty when the format has no pages
 * @since 1.2
 */
public record ParsedDocument(String part, String title, String text, String outlet, String date, String language,
        String url, String parent, Map<String, List<String>> metadata, List<Integer> pages) {

    public ParsedDocument {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A document without embedding, metadata or pages, as the readers of 1.1 made them. */
    public ParsedDocument(
            String part, String title, String text, String outlet, String date, String language, String url) {
        this(part, title, text, outlet, date, language, url, null, Map.of(), List.of());
    }

    public static ParsedDocument ofText(String text) {
        return new ParsedDocument(null, null, text, null, null, null, null);
    }
}
