/**
 * Contributions to the workbench window, in the Eclipse tradition: a bundle registers a
 * {@link org.atelier.api.web.ViewContribution} or a {@link org.atelier.api.web.CommandContribution} service,
 * and every open window lays it out, or drops it, as the service comes and goes.
 *
 * <p>What a contribution shows or does is an ES module the bundle serves itself through the OSGi HTTP
 * Whiteboard (a resource service); the window imports it. The module contract (what it exports, what the
 * window hands it) is documented in {@code docs/web-api.md}.
 */
@Export
@Version("1.0.0")
package org.atelier.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
