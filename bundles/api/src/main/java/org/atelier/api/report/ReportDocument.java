package org.atelier.api.report;

/**
 * A document of a report: where its claims come from.
 *
 * @param id       the document's id
 * @param title    its title
 * @param path     its source path
 * @param outlet   the publication, or {@code null} when unknown
 * @param date     the publication date (ISO-8601), or {@code null} when unknown
 * @param url      the original address, or {@code null}
 * @param language ISO 639-1 code, or {@code und}
 * @param current  {@code false} when a later version of its source replaced it (its claims are orphaned)
 * @param claims   how many claims of the report it holds
 */
public record ReportDocument(
        String id,
        String title,
        String path,
        String outlet,
        String date,
        String url,
        String language,
        boolean current,
        int claims) {

    public ReportDocument {
        if (id == null) {
            throw new IllegalArgumentException("a document needs an id");
        }
        title = title == null || title.isBlank() ? path == null ? id : path : title;
    }

    /** The source in one line: outlet, date, path, as far as known. */
    public String source() {
        StringBuilder out = new StringBuilder();
        if (outlet != null) {
            out.append(outlet);
        }
        if (date != null) {
            out.append(out.isEmpty() ? "" : ", ").append(date);
        }
        if (path != null) {
            out.append(out.isEmpty() ? "" : ", ").append(path);
        }
        return out.toString();
    }
}
