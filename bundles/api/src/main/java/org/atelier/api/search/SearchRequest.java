package org.atelier.api.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query and the page of its hits to return.
 *
 * @param query   the query, in the search syntax ({@code puces AND "États-Unis"}, {@code title:nvidia})
 * @param limit   the most hits to return, from 1 to {@link #MAX_LIMIT}
 * @param offset  the hits to skip before the first returned; ignored when {@code after} is given
 * @param after   the {@link SearchResult#next()} cursor of the previous page, or {@code null}: pages follow one
 *                another this way however deep, each as cheap as the first
 * @param filters facet values a hit must have: for each facet ({@link #SOURCE}, {@link #LANGUAGE}), one of the
 *                values listed; facets not named do not filter
 * @param facets  whether to count the hits per facet value
 */
public record SearchRequest(
        String query, int limit, int offset, String after, Map<String, List<String>> filters, boolean facets) {

    /** The facet of the publication a document comes from. */
    public static final String SOURCE = "source";
    /** The facet of the language of a document. */
    public static final String LANGUAGE = "lang";
    /** The page size of {@link #of(String)}. */
    public static final int DEFAULT_LIMIT = 10;
    /** The largest page; there is no limit to how many pages follow one another. */
    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        if (query == null) {
            throw new IllegalArgumentException("no query");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + offset);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
        }
        filters = Collections.unmodifiableMap(copy);
    }

    /** The first {@link #DEFAULT_LIMIT} hits of {@code query}, without facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, DEFAULT_LIMIT, 0, null, Map.of(), false);
    }

    public SearchRequest withLimit(int limit) {
        return new SearchRequest(query, limit, offset, after, filters, facets);
    }

    public SearchRequest withOffset(int offset) {
        return new SearchRequest(query, limit, offset, after, filters, facets);
    }

    public SearchRequest withAfter(String after) {
        return new SearchRequest(query, limit, offset, after, filters, facets);
    }

    public SearchRequest withFilter(String facet, List<String> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        copy.put(facet, values);
        return new SearchRequest(query, limit, offset, after, copy, facets);
    }

    public SearchRequest withFacets(boolean facets) {
        return new SearchRequest(query, limit, offset, after, filters, facets);
    }
}
