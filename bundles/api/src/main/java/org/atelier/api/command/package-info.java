/**
 * What user commands share: the failure that carries an exit code, and the service properties a Gogo command
 * of scope {@code atelier} declares.
 */
@Export
@Version("1.0.0")
package org.atelier.api.command;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
