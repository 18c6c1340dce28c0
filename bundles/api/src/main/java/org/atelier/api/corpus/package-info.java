/**
 * The corpus: documents an analyst has imported, the store that keeps them, and the readers that turn
 * source files into documents. A {@link org.atelier.api.corpus.DocumentReader} is the extension point a
 * plugin implements to add a format.
 */
@Export
@Version("1.2.0")
package org.atelier.api.corpus;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
