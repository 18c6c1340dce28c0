package org.atelier.api.corpus;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The documents of the workspace. Every index of Atelier can be rebuilt from what this store holds.
 */
@ProviderType
public interface DocumentStore {
    /** The current documents (earlier versions of changed sources left out), oldest import first. */
    List<DocumentInfo> list();

    /** The document with this id, current or an earlier version. */
    Optional<Document> get(String id);

    /**
     * The document whose id is {@code idOrPrefix} or starts with it, as users type short ids.
     *
     * @throws IllegalArgumentException when the prefix names more than one document
     */
    Optional<DocumentInfo> resolve(String idOrPrefix);

    /** Removes the document; {@code false} when there was none with this id. */
    boolean remove(String id);
}
