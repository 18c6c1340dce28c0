package org.atelier.corpus.store;

import org.atelier.api.corpus.DocumentInfo;

/**
 * What storing a document did.
 *
 * @param document  the stored document, or the one already stored with the same text
 * @param previous  the version of the same source it replaced, or {@code null}
 * @param unchanged whether the same text was already stored at this path, so that nothing changed
 * @param duplicate whether the same text was already stored from another path, which {@code document} now lists
 *                  among its {@code duplicates}
 */
public record Stored(DocumentInfo document, DocumentInfo previous, boolean unchanged, boolean duplicate) {
    public Stored(DocumentInfo document, DocumentInfo previous, boolean unchanged) {
        this(document, previous, unchanged, false);
    }
}
