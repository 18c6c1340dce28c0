/** The workspace: the one folder where Atelier keeps an analyst's data. */
@Export
@Version("1.0.0")
package org.atelier.api.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
