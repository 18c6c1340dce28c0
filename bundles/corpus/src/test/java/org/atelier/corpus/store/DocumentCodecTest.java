package org.atelier.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.atelier.api.corpus.DocumentInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T17:12:05Z", "2026-11-23T17:12:05.100Z", "2026-11-23T17:12:05.123456Z",
            "2026-11-23T17:12:05.123456789Z", "+12026-01-01T00:00:00Z", "2026-11-23T17:12:05.1Z"})
    void importTimesReadBackAsWritten(String written) throws IOException {
        assertThat(DocumentCodec.instant(written)).isEqualTo(Instant.parse(written));
    }

    @Test
    void aMalformedImportTimeIsAnError() {
        assertThatThrownBy(() -> DocumentCodec.instant("2026-13-45T99:00:00Z")).isInstanceOf(IOException.class);
    }

    @Test
    void theCatalogueReadsBackWhatWasWritten() throws IOException {
        List<DocumentCodec.Entry> entries = List.of(
                new DocumentCodec.Entry(new DocumentInfo("0123456789abcdef", "Titre « é »", "a.txt", "fr", 12,
                        null, "2025-01-02", Instant.parse("2026-11-23T17:12:05.123456789Z"), null, null), false),
                new DocumentCodec.Entry(new DocumentInfo("fedcba9876543210", "Autre", "a.txt", "und", 0, "Le Quotidien",
                        null, Instant.parse("2026-11-23T17:12:06Z"), "https://example.org", "0123456789abcdef"), true));
        assertThat(DocumentCodec.readCatalogue(DocumentCodec.catalogue(entries))).isEqualTo(entries);
    }

    @Test
    void somethingElseIsNotACatalogue() {
        assertThatThrownBy(() -> DocumentCodec.readCatalogue("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> DocumentCodec.readCatalogue("{\"format\": 7, \"documents\": []}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }
}
