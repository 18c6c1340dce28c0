package org.atelier.corpus.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.corpus.TestSource;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
    private final JsonReader reader = new JsonReader();

    @Test
    void aBadLineFailsAloneAndTheOthersAreRead() throws Exception {
        TestSource source = TestSource.fixture("articles-one-bad-line.jsonl");
        List<ParsedDocument> documents = reader.read(source);

        assertThat(documents).extracting(ParsedDocument::part).containsExactly("1", "2", "4");
        assertThat(source.invalid).hasSize(2);
        assertThat(source.invalid.get(0).part()).isEqualTo("3");
        assertThat(source.invalid.get(0).reason()).startsWith("invalid JSON: ").doesNotContain("\n");
        assertThat(source.invalid.get(1)).isEqualTo(
                new TestSource.Invalid("6", "no text field (text, body or content)"));

        ParsedDocument first = documents.get(0);
        assertThat(first).isEqualTo(new ParsedDocument("1", "Premier article",
                "Le premier article parle de la pêche et des pêcheurs de la côte.", "Ouest Matin", "2025-01-02",
                "fr", "https://example.org/1"));
        assertThat(documents.get(1).text()).isEqualTo("Le deuxième article parle des élections et des électeurs.");
        assertThat(documents.get(1).outlet()).isEqualTo("Le Quotidien");
        assertThat(documents.get(1).date()).isEqualTo("3 janvier 2025");
        assertThat(documents.get(2).outlet()).isEqualTo("Météo Plus");
        assertThat(documents.get(2).language()).isEqualTo("fr");
    }

    @Test
    void anArrayGivesOneDocumentPerObject() throws Exception {
        TestSource source = TestSource.fixture("articles-array.json");
        List<ParsedDocument> documents = reader.read(source);
        assertThat(documents).extracting(ParsedDocument::part).containsExactly("1", "2");
        assertThat(documents).extracting(ParsedDocument::outlet).containsExactly("Le Quotidien", "Météo Plus");
        assertThat(source.invalid).containsExactly(new TestSource.Invalid("3", "not a JSON object"));
    }

    @Test
    void anObjectIsOneDocument() throws Exception {
        List<ParsedDocument> documents = reader.read(TestSource.fixture("article-object.json"));
        assertThat(documents).containsExactly(new ParsedDocument(null, "Un seul article",
                "Ce fichier ne contient qu’un seul article, et c’est un objet JSON.", null, null, "fr-FR",
                "https://example.org/seul"));
    }

    @Test
    void anObjectWithoutTextIsInvalid() {
        assertThatThrownBy(() -> reader.read(TestSource.fixture("article-without-text.json")))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessage("no text field (text, body or content)");
    }

    @Test
    void brokenJsonIsInvalid() {
        assertThatThrownBy(() -> reader.read(TestSource.fixture("invalid.json")))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageStartingWith("invalid JSON: ");
    }
}
