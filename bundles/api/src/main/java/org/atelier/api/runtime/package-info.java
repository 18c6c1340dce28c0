/**
 * The runtime as a service: what runs and what is wrong, for the command line's {@code status} and the web
 * workbench's {@code /api/status} alike.
 */
@Export
@Version("1.0.0")
package org.atelier.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
