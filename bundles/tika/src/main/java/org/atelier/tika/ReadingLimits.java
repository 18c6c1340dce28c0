package org.atelier.tika;

/** The configuration as plain values, free of Tika types, so that the components load no Tika class. */
record ReadingLimits(boolean ocrEnabled, String ocrLanguage, int ocrTimeoutSeconds, int parseTimeoutSeconds,
        int maxCharacters, int maxEmbeddedDepth, int maxEmbeddedCount) {

    static final ReadingLimits DEFAULTS = new ReadingLimits(true, "fra", 300, 120, 20_000_000, 5, 1000);

    static ReadingLimits of(TikaReaderConfiguration configuration) {
        String language = configuration.ocr_language() == null || configuration.ocr_language().isBlank()
                ? "fra" : configuration.ocr_language().strip();
        return new ReadingLimits(configuration.ocr_enabled(), language, Math.max(1, configuration.ocr_timeout()),
                Math.max(1, configuration.parse_timeout_seconds()), Math.max(1, configuration.max_characters()),
                Math.max(0, configuration.max_embedded_depth()), Math.max(0, configuration.max_embedded_count()));
    }

    ReadingLimits withParseTimeoutSeconds(int seconds) {
        return new ReadingLimits(ocrEnabled, ocrLanguage, ocrTimeoutSeconds, seconds, maxCharacters,
                maxEmbeddedDepth, maxEmbeddedCount);
    }

    ReadingLimits withOcr(boolean enabled) {
        return new ReadingLimits(enabled, ocrLanguage, ocrTimeoutSeconds, parseTimeoutSeconds, maxCharacters,
                maxEmbeddedDepth, maxEmbeddedCount);
    }
}
