package org.atelier.api.corpus;

import java.util.List;

/**
 * One page of documents.
 *
 * @param documents the page, in the order asked
 * @param total     how many current documents matched the query's filters when its first page was asked:
 *                  the same on every later page
 * @param next      the cursor of the next page ({@link DocumentQuery#after()}), or {@code null} after the last
 */
public record DocumentPage(List<DocumentInfo> documents, long total, String next) {
    public DocumentPage {
        documents = List.copyOf(documents);
    }
}
