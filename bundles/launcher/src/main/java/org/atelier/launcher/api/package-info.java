/**
 * What the launcher asks of the framework it starts. The system bundle exports this package; a bundle of the
 * runtime registers a {@link org.atelier.launcher.api.CommandLineRunner} service.
 */
@Version("1.0.0")
package org.atelier.launcher.api;

import org.osgi.annotation.versioning.Version;
