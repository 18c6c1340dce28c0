package org.atelier.corpus.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.api.corpus.ParsedDocument;
import org.atelier.corpus.TestSource;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void keepsOnlyTheVisibleTextOneLinePerBlock() throws Exception {
        ParsedDocument page = only(reader.read(TestSource.fixture("html-with-script-and-style.html")));
        assertThat(page.text()).isEqualTo("""
                Accueil > Politique
                Le Sénat adopte la réforme
                Les sénateurs ont voté mardi la réforme des retraites, après une longue journée de débats.
                Premier point
                Second point
                Le texte doit maintenant être examiné par l’Assemblée.
                """);
        assertThat(page.text()).doesNotContain("tracker", "script", "color", "Publicité", "caché", "JavaScript");
        assertThat(page.title()).isEqualTo("Le Sénat adopte la réforme");
        assertThat(page.language()).isEqualTo("fr-FR");
        assertThat(page.part()).isNull();
    }

    @Test
    void readsTheMetadataOfTitleAndMetaTags() throws Exception {
        ParsedDocument page = only(reader.read(TestSource.fixture("html-with-meta-tags.htm")));
        assertThat(page.title()).isEqualTo("Inflation : les prix reculent en février");
        assertThat(page.outlet()).isEqualTo("Le Quotidien");
        assertThat(page.date()).isEqualTo("2025-02-28T07:45:00+01:00");
        assertThat(page.url()).isEqualTo("https://www.example.org/economie/inflation-fevrier");
        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.text()).startsWith("Les prix à la consommation ont reculé de 0,2 % en février, selon l’Insee.");
    }

    @Test
    void thecanonicalLinkGivesTheAddressWithoutOpenGraph() throws Exception {
        ParsedDocument page = only(reader.read(new TestSource("p.html", """
                <html><head><link rel="canonical" href="https://example.org/a"></head><body><p>Texte</p></body></html>
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(page.url()).isEqualTo("https://example.org/a");
        assertThat(page.title()).isNull();
        assertThat(page.outlet()).isNull();
    }

    @Test
    void aPageDrawnByScriptsIsItsDescription() throws Exception {
        ParsedDocument page = only(reader.read(TestSource.fixture("html-drawn-by-scripts.html")));
        assertThat(page.text()).isEqualTo("Une page dont le texte est écrit par des scripts.");
        assertThat(page.title()).isEqualTo("Application");
    }

    private static ParsedDocument only(List<ParsedDocument> documents) {
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }
}
