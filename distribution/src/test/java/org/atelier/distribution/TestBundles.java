package org.atelier.distribution;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Small bundles written by tests, to drop into plugins/. */
final class TestBundles {
    private TestBundles() {}

    /** A bundle of only a manifest; {@code importPackage} may name a package nobody exports. */
    static Path write(Path jar, String symbolicName, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        if (importPackage != null) {
            main.putValue("Import-Package", importPackage);
        }
        // Written beside and moved in, as a user's copy would end: FileInstall never sees half a jar.
        Path temp = Files.createTempFile(jar.getParent().getParent(), "bundle", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
        return Files.move(temp, jar);
    }
}
