package org.atelier.api.corpus;

/**
 * A document as a {@link DocumentReader} found it. Any field but {@code text} may be {@code null} when the
 * source does not say; the importer then derives it (title from the first line, language by detection).
 *
 * @param part     which part of the source this is when it holds several ({@code "3"} for the third JSON
 *                 line), or {@code null}
 * @param title    the title
 * @param text     the text
 * @param outlet   the publication
 * @param date     the publication date, ISO-8601 ({@code 2025-01-02}) or as the source wrote it
 * @param language ISO 639-1 code
 * @param url      the original address
 */
public record ParsedDocument(
        String part, String title, String text, String outlet, String date, String language, String url) {

    public static ParsedDocument ofText(String text) {
        return new ParsedDocument(null, null, text, null, null, null, null);
    }
}
