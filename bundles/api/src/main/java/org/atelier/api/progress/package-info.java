/** Progress of long work, reported the way Eclipse jobs do, shown by each front end in its own way. */
@Export
@Version("1.0.0")
package org.atelier.api.progress;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
