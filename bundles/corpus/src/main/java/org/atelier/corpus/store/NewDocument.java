package org.atelier.corpus.store;

import java.util.List;
import java.util.Map;

/**
 * A document as the importer made it, before the store gives it its import time and its place among the
 * versions of its source.
 *
 * @param parent   the id of the document it is embedded in, or {@code null}
 * @param metadata what else its source said ({@link org.atelier.api.corpus.DocumentMetadata})
 * @param pages    the code-point offset at which each page starts, empty when the format has no pages
 */
public record NewDocument(String id, String title, String path, String language, long bytes, String outlet,
        String date, String url, String text, String parent, Map<String, List<String>> metadata,
        List<Integer> pages) {

    public NewDocument {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** A document standing alone, without metadata or pages. */
    public NewDocument(String id, String title, String path, String language, long bytes, String outlet,
            String date, String url, String text) {
        this(id, title, path, language, bytes, outlet, date, url, text, null, Map.of(), List.of());
    }
}
