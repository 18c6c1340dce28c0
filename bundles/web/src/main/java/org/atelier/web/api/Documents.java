package org.atelier.web.api;

import java.util.Optional;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;

/** Finding a document as users name it: its id or the first characters of it. */
final class Documents {
    private Documents() {}

    /** The document {@code idOrPrefix} names: {@code 404} when none, {@code 400} when more than one. */
    static DocumentInfo resolve(DocumentStore store, String idOrPrefix) {
        Optional<DocumentInfo> found;
        try {
            found = store.resolve(idOrPrefix);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return found.orElseThrow(() -> ApiException.notFound("no document with id '" + idOrPrefix + "'"));
    }
}
