package org.atelier.tika;

import java.io.IOException;
import java.io.InputStream;

import org.atelier.api.corpus.SourceFile;

/**
 * Tika behind a door that opens on the first file: its signatures hold no Tika type, so the reader component
 * can be loaded, registered and bound at start without loading any of Tika's classes.
 */
final class LazyTika {
    private final ClassLoader bundleLoader;
    private volatile TikaEngine engine;

    LazyTika(ClassLoader bundleLoader) {
        this.bundleLoader = bundleLoader;
    }

    /** Reads {@code source}, handing its documents to {@code events}. */
    void extract(SourceFile source, ReadingLimits limits, boolean ocr, ExtractionEvents events)
            throws IOException, InterruptedException {
        try (InputStream in = source.open()) {
            new SourceExtraction(engine().parser(), limits, ocr, source.name(), events).run(in);
        }
    }

    private TikaEngine engine() throws IOException {
        TikaEngine made = engine;
        if (made == null) {
            synchronized (this) {
                made = engine;
                if (made == null) {
                    made = new TikaEngine(bundleLoader);
                    engine = made;
                }
            }
        }
        return made;
    }
}
