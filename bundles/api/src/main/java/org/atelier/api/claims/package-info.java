/**
 * Claims: who asserts what in which document, anchored to a span of its text, with a status, notes and links
 * to other claims. {@link org.atelier.api.claims.ClaimService} keeps them; a
 * {@link org.atelier.api.claims.ClaimSuggester} is the extension point a plugin implements to propose claims.
 *
 * <p>Positions in documents count Unicode code points of the stored (NFC) text, as W3C Web Annotation text
 * position selectors do, never Java's UTF-16 units: {@link org.atelier.api.claims.TextPositionSelector}
 * converts at the edge.
 */
@Export
@Version("1.0.0")
package org.atelier.api.claims;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
