package org.atelier.api.corpus;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The documents of the workspace. Every index of Atelier can be rebuilt from what this store holds.
 *
 * <p>A store may hold millions of documents: nothing here but {@link #list()} holds them all in memory at once,
 * and corpus-wide work goes through {@link #forEach} and {@link #page}.
 */
@ProviderType
public interface DocumentStore {
    /**
     * The current documents (earlier versions of changed sources left out), oldest import first.
     *
     * @deprecated holds the whole corpus in memory: page with {@link #page} or stream with {@link #forEach}
     */
    @Deprecated(since = "1.1")
    default List<DocumentInfo> list() {
        List<DocumentInfo> all = new java.util.ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** Every current document, oldest import first, one at a time: for work on the whole corpus. */
    void forEach(Consumer<DocumentInfo> action);

    /** The number of current documents. */
    long count();

    /** One page of the current documents, sorted and filtered as {@code query} says. */
    DocumentPage page(DocumentQuery query);

    /** The metadata of the document with this id, current or an earlier version, without reading its text. */
    Optional<DocumentInfo> info(String id);

    /** Whether the document with this id is the current version of its source. */
    boolean isCurrent(String id);

    /**
     * The document with this id, current or an earlier version.
     *
     * @throws UnreadableDocumentException when the store holds it but cannot read it back
     */
    Optional<Document> get(String id);

    /**
     * The document whose id is {@code idOrPrefix} or starts with it, as users type short ids.
     *
     * @throws IllegalArgumentException when the prefix names more than one document
     */
    Optional<DocumentInfo> resolve(String idOrPrefix);

    /** Removes the document; {@code false} when there was none with this id. */
    boolean remove(String id);

    /** The documents held that could not be read back, with why: corpus-wide work skips them. */
    List<UnreadableDocument> unreadable();
}
