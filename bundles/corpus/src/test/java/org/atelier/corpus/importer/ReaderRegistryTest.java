package org.atelier.corpus.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.junit.jupiter.api.Test;

class ReaderRegistryTest {
    @Test
    void extensionsComeAsAStringAnArrayOrAList() {
        assertThat(ReaderRegistry.extensions("txt")).containsExactly("txt");
        assertThat(ReaderRegistry.extensions(" HTML, .htm ")).containsExactly("html", "htm");
        assertThat(ReaderRegistry.extensions(new String[] {"json", "jsonl"})).containsExactly("json", "jsonl");
        assertThat(ReaderRegistry.extensions(List.of("md"))).containsExactly("md");
        assertThat(ReaderRegistry.extensions(null)).isEmpty();
    }

    @Test
    void theHigherRankingThenTheEarlierServiceWins() {
        DocumentReader first = source -> List.of(ParsedDocument.ofText("first"));
        DocumentReader second = source -> List.of(ParsedDocument.ofText("second"));
        DocumentReader ranked = source -> List.of(ParsedDocument.ofText("ranked"));
        ReaderRegistry registry = new ReaderRegistry();
        registry.add(second, Map.of(DocumentReader.EXTENSIONS, "txt", "service.id", 2L));
        registry.add(first, Map.of(DocumentReader.EXTENSIONS, "txt", "service.id", 1L));
        assertThat(registry.snapshot().get("txt")).isSameAs(first);
        registry.add(ranked, Map.of(DocumentReader.EXTENSIONS, "txt", "service.id", 3L, "service.ranking", 5));
        assertThat(registry.snapshot().get("txt")).isSameAs(ranked);
        registry.remove(ranked);
        assertThat(registry.snapshot().get("txt")).isSameAs(first);
    }
}
