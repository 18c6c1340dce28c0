package org.atelier.corpus.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atelier.corpus.store.NewDocument;

/**
 * The documents one source has given so far, by part, so that an embedded document finds the id of the document
 * it is embedded in; and those that came before their parent, to be stored once the whole source is read.
 */
final class SourceParts {
    /** The part under which the top document of a source is known to its embedded documents. */
    private static final String TOP = "";

    /** An embedded document whose parent had not come yet. */
    record Deferred(NewDocument waiting, String where, String parentPart) {
        /** The document with its parent's id, {@code null} when the parent never came (it had no text). */
        NewDocument document(String parent) {
            NewDocument d = waiting;
            return new NewDocument(d.id(), d.title(), d.path(), d.language(), d.bytes(), d.outlet(), d.date(),
                    d.url(), d.text(), parent, d.metadata(), d.pages());
        }
    }

    private final Map<String, String> ids = new HashMap<>();
    private final List<Deferred> deferred = new ArrayList<>();
    private int found;

    /** Counts a document the reader gave, with text or without. */
    void count() {
        found++;
    }

    /** How many documents the reader gave. */
    int found() {
        return found;
    }

    /**
     * Records the id of the document of {@code part}. The document without a part is the source's top document;
     * failing one, the first that stands alone is.
     */
    void found(String part, String id, boolean embedded) {
        if (part == null) {
            ids.put(TOP, id);
        } else {
            ids.putIfAbsent(part, id);
            if (!embedded) {
                ids.putIfAbsent(TOP, id);
            }
        }
    }

    /** The id of the document of {@code part}, or {@code null} when none has come. */
    String idOf(String part) {
        return ids.get(part);
    }

    void defer(NewDocument document, String where, String parentPart) {
        deferred.add(new Deferred(document, where, parentPart));
    }

    List<Deferred> deferred() {
        return deferred;
    }
}
