package org.atelier.api.search;

import java.io.IOException;
import java.util.List;

import org.atelier.api.progress.ProgressMonitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches the documents of the store. The index follows the store as it changes: a document is found right
 * after it is stored, and no longer once it is removed.
 */
@ProviderType
public interface SearchService {
    /**
     * Runs a query. While the index is being built or brought up to date with the store, it answers at once with
     * the documents indexed so far, and says how far the index is ({@link SearchResult#indexing()}).
     *
     * @throws QuerySyntaxException     when the query is malformed; it says where
     * @throws IllegalArgumentException when {@code after} is not a cursor this service gave, or a filter names no
     *                                  facet
     */
    SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException;

    /**
     * Rebuilds the index from the documents of the store, reporting each document to {@code monitor}. Searches
     * go on meanwhile and find every document, in its old or its new version; a cancelled rebuild stops there,
     * the documents not reached yet staying as they were.
     *
     * @return the number of documents indexed
     */
    int reindex(ProgressMonitor monitor) throws IOException;

    /**
     * Every place {@code query} matches in the text of one document, in order, as a document view highlights
     * them (a hit's snippets show a few). Empty when the document does not match the query or is not indexed.
     *
     * @throws QuerySyntaxException when the query is malformed; it says where
     * @since 1.1
     */
    List<Snippet.Span> matches(String query, String docId) throws QuerySyntaxException, IOException;
}
