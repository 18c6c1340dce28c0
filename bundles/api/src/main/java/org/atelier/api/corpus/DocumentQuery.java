package org.atelier.api.corpus;

import java.util.Objects;

/**
 * Which page of the current documents to give: sorted by {@code sort}, those after the cursor {@code after},
 * at most {@code limit}, only those of {@code outlet}, {@code language} and {@code parent} when given.
 *
 * @param sort       the order
 * @param descending newest, last title or latest import first
 * @param after      the {@link DocumentPage#next()} of the page before, or {@code null} for the first page
 * @param limit      the most documents on the page, 1 to {@value #MAX_LIMIT}
 * @param outlet     only documents of this outlet, or {@code null}
 * @param language   only documents in this language (ISO 639-1), or {@code null}
 * @param parent     only the documents embedded in the document of this id (its attachments), or {@code null}
 *                   (since 1.2)
 */
public record DocumentQuery(Sort sort, boolean descending, String after, int limit, String outlet,
        String language, String parent) {
    public static final int MAX_LIMIT = 10_000;

    /** The orders a page can take; documents with the same key follow in import order. */
    public enum Sort {
        /** When the document was imported. */
        IMPORTED,
        /** The publication date; documents without one come last. */
        DATE,
        /** The title, ignoring case and accents. */
        TITLE
    }

    public DocumentQuery {
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " documents, not " + limit);
        }
    }

    /** A query without the parent filter, as those of 1.1. */
    public DocumentQuery(Sort sort, boolean descending, String after, int limit, String outlet, String language) {
        this(sort, descending, after, limit, outlet, language, null);
    }

    /**
     * The first {@code limit} documents embedded in the document {@code parent}, in import order.
     *
     * @since 1.2
     */
    public static DocumentQuery childrenOf(String parent, int limit) {
        return new DocumentQuery(Sort.IMPORTED, false, null, limit, null, null, parent);
    }

    /** The first {@code limit} documents in import order. */
    public static DocumentQuery first(int limit) {
        return new DocumentQuery(Sort.IMPORTED, false, null, limit, null, null);
    }

    public DocumentQuery after(String cursor) {
        return new DocumentQuery(sort, descending, cursor, limit, outlet, language, parent);
    }
}
