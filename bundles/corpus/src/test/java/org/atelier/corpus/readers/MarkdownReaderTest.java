package org.atelier.corpus.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.api.corpus.ParsedDocument;
import org.atelier.corpus.TestSource;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void frontMatterGivesMetadataAndIsLeftOutOfTheText() throws Exception {
        List<ParsedDocument> documents = reader.read(TestSource.fixture("markdown-with-front-matter.md"));
        assertThat(documents).containsExactly(new ParsedDocument(null, "Notes sur la réforme", """
                # Titre dans le texte

                Les notes de l’analyste sur la réforme, avec des **mots en gras**.
                """, "Carnet de recherche", "2025-04-01", null, null));
    }

    @Test
    void theFirstHeadingIsTheTitleWithoutItsMarks() throws Exception {
        List<ParsedDocument> documents = reader.read(TestSource.fixture("markdown-heading-title.md"));
        assertThat(documents.get(0).title()).isEqualTo("La réunion du conseil");
        assertThat(documents.get(0).text()).contains("## La réunion du conseil ##");
    }
}
