package org.atelier.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of the hits of a query.
 *
 * @param query    the query as given
 * @param total    the exact number of documents that match, among those indexed
 * @param hits     this page, best first
 * @param facets   when asked for: per facet ({@link SearchRequest#SOURCE}, {@link SearchRequest#LANGUAGE}), the
 *                 number of matching documents per value, most frequent first; empty otherwise
 * @param next     the cursor of the next page ({@link SearchRequest#after()}), or {@code null} after the last
 * @param indexing while the index is being built or brought up to date with the store, how far it is: the hits,
 *                 the total and the facets are then those of the documents indexed so far; {@code null} when the
 *                 index holds every stored document
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
        String next, Indexing indexing) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
    }

    /** A result of a complete index. */
    public SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
            String next) {
        this(query, total, hits, facets, next, null);
    }

    /** One value of a facet and how many matching documents have it. */
    public record FacetCount(String value, long count) {}

    /**
     * How far the index is while it is built or caught up: of the {@code of} documents and changes it was given,
     * {@code done} are in.
     *
     * @since 1.2
     */
    public record Indexing(long done, long of) {
        public Indexing {
            if (done < 0 || of < done) {
                throw new IllegalArgumentException("indexing " + done + " of " + of);
            }
        }
    }
}
