package org.atelier.api.search;

import java.util.List;
import java.util.Map;

/**
 * One page of the hits of a query.
 *
 * @param query  the query as given
 * @param total  the exact number of documents that match
 * @param hits   this page, best first
 * @param facets when asked for: per facet ({@link SearchRequest#SOURCE}, {@link SearchRequest#LANGUAGE}), the
 *               number of matching documents per value, most frequent first; empty otherwise
 * @param next   the cursor of the next page ({@link SearchRequest#after()}), or {@code null} after the last
 */
public record SearchResult(
        String query, long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String next) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
    }

    /** One value of a facet and how many matching documents have it. */
    public record FacetCount(String value, long count) {}
}
