package org.atelier.corpus.store;

import org.atelier.api.corpus.DocumentInfo;

/**
 * What storing a document did.
 *
 * @param document  the stored document, or the one already stored with the same text
 * @param previous  the version of the same source it replaced, or {@code null}
 * @param unchanged whether the same text was already stored, so that nothing changed
 */
public record Stored(DocumentInfo document, DocumentInfo previous, boolean unchanged) {}
