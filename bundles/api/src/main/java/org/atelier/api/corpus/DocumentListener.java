package org.atelier.api.corpus;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when the store changes, so that indexes and annotations follow: register as a service (whiteboard).
 * Called after the change is durable, on the thread that made it.
 */
@ConsumerType
public interface DocumentListener {
    /** A document was stored. */
    default void added(DocumentInfo document) {}

    /** A document was removed. */
    default void removed(DocumentInfo document) {}

    /**
     * A changed source was stored as a new version: {@code current.supersedes()} is {@code previous.id()}.
     * By default, the previous version is removed and the current one added.
     */
    default void replaced(DocumentInfo previous, DocumentInfo current) {
        removed(previous);
        added(current);
    }
}
