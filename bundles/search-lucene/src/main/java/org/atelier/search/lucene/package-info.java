/**
 * Full-text search with Lucene, tuned for French: the analysis, the index that follows the document store, the
 * query syntax, snippets, facets and paging, and the {@code search} and {@code reindex} commands.
 */
package org.atelier.search.lucene;
