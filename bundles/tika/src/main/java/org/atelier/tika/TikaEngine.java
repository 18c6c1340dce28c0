package org.atelier.tika;

import java.io.IOException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Tika, configured once: the detectors and parsers that the bundle's merged {@code META-INF/services} name,
 * found through the bundle's class loader (Tika's default, the context class loader, sees none of them in OSGi).
 * Building it loads a few thousand classes and asks for Tesseract: it is made on the first file that needs it.
 */
final class TikaEngine {
    private final AutoDetectParser parser;

    TikaEngine(ClassLoader bundleLoader) throws IOException {
        try {
            TikaConfig config = new TikaConfig(bundleLoader);
            parser = new AutoDetectParser(config);
        } catch (TikaException e) {
            throw new IOException("cannot set up Apache Tika: " + e.getMessage(), e);
        }
    }

    AutoDetectParser parser() {
        return parser;
    }
}
