package org.atelier.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.atelier.corpus.Fixtures;
import org.junit.jupiter.api.Test;

class TextMetadataTest {
    @Test
    void aCreditLineNamesTheOutletAndAPublicationLineTheDate() throws Exception {
        String text = TextDecoder.decode(Fixtures.bytes("source-and-date-lines.txt"));
        assertThat(TextMetadata.outlet(text)).isEqualTo("Les Échos");
        assertThat(TextMetadata.date(text)).isEqualTo("2025-03-03");
    }

    @Test
    void outletsAndYearsQuotedInTheBodyAreNotMetadata() {
        String text = "Selon des informations révélées par Reuters, l’entreprise a commandé des puces.\n"
                + "En 2022, le gouvernement américain a décrété des restrictions.\n"
                + "Source de tensions, cette décision a été critiquée par la presse, dont Le Monde, le 3 mars 2024.\n";
        assertThat(TextMetadata.outlet(text)).isNull();
        assertThat(TextMetadata.date(text)).isNull();
    }

    @Test
    void aCreditThatIsAnAddressNamesItsHost() {
        assertThat(TextMetadata.outlet("Un article.\nSource : https://www.lemonde.fr/economie/article.html"))
                .isEqualTo("lemonde.fr");
    }

    @Test
    void aLineThatIsOnlyADateIsThePublicationDate() {
        assertThat(TextMetadata.date("Titre\nmardi 4 mars 2025\nLe texte de l’article, assez long pour ne pas "
                + "être pris pour une ligne de crédit ou de date par erreur.")).isEqualTo("2025-03-04");
    }

    @Test
    void theShippedArticlesGiveOneOutletAndNoDate() throws Exception {
        String credited = TextDecoder.decode(Files.readAllBytes(
                Fixtures.SHIPPED_CORPUS.resolve("000_5015eb457969e82a.txt")));
        assertThat(TextMetadata.outlet(credited)).isEqualTo("Techcrunch");
        assertThat(TextMetadata.date(credited)).isNull();
        String uncredited = TextDecoder.decode(Files.readAllBytes(
                Fixtures.SHIPPED_CORPUS.resolve("002_7b16a96ed3c31638.txt")));
        assertThat(TextMetadata.outlet(uncredited)).isNull();
    }
}
