/**
 * Full-text search over the corpus: a query in the search syntax, answered with ranked hits, snippets whose
 * matches carry offsets into the stored document text, exact totals, facet counts and a cursor for the next
 * page; while the index is being built, at once with what is indexed so far and how far it is.
 */
@Export
@Version("1.2.0")
package org.atelier.api.search;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
