package org.atelier.api.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is known of a stored document, without its text.
 *
 * @param id         stable id derived from the document's content: the same text always has the same id
 * @param title      the HTML title, the JSON title field, or the first line of the text
 * @param path       the source path relative to what was imported ({@code dir/a.html}, {@code feed.jsonl#3},
 *                   {@code archive.zip!/b.txt}, {@code tip.eml!/offre.pdf})
 * @param language   ISO 639-1 code ({@code fr}) or {@code und} when undetermined
 * @param bytes      size of the source in bytes
 * @param outlet     the publication the text comes from, or {@code null} when unknown
 * @param date       publication date as ISO-8601 ({@code 2025-01-02}), or {@code null} when unknown
 * @param imported   when this version was stored
 * @param url        the original address, or {@code null}
 * @param supersedes id of the earlier version of the same source, or {@code null}
 * @param parent     id of the document this one is embedded in (an attachment's e-mail), or {@code null}
 * @param duplicates the other paths at which the same content was found, in the order they were imported
 * @param metadata   what else the source said, under the keys of {@link DocumentMetadata}; never {@code null}
 * @param pages      the number of pages of a paged format, {@code 0} otherwise
 */
public record DocumentInfo(
        String id,
        String title,
        String path,
        String language,
        long bytes,
        String outlet,
        String date,
        Instant imported,
        String url,
        String supersedes,
        String parent,
        List<String> duplicates,
        Map<String, List<String>> metadata,
        int pages) {

    public DocumentInfo {
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A document standing alone, found at one path, without further metadata: the documents of 1.1. */
    public DocumentInfo(String id, String title, String path, String language, long bytes, String outlet,
            String date, Instant imported, String url, String supersedes) {
        this(id, title, path, language, bytes, outlet, date, imported, url, supersedes, null, List.of(), Map.of(),
                0);
    }
}
