package org.atelier.api.search;

import java.util.List;

/**
 * A document that matches.
 *
 * @param id       the document's id in the store
 * @param title    its title
 * @param path     the source it was imported from
 * @param score    its relevance (BM25): comparable only within one result
 * @param snippets the passages of the text around the matches, in the order of the text
 */
public record SearchHit(String id, String title, String path, float score, List<Snippet> snippets) {

    public SearchHit {
        snippets = List.copyOf(snippets);
    }
}
