package org.atelier.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void aGivenTitleIsKeptOnOneLine() {
        assertThat(Titles.of("  Le Sénat\n adopte   la réforme ", "texte")).isEqualTo("Le Sénat adopte la réforme");
    }

    @Test
    void withoutOneTheFirstLineThatIsNotBlank() {
        assertThat(Titles.of(null, "\n  \nPremière ligne\nDeuxième")).isEqualTo("Première ligne");
        assertThat(Titles.of(" ", "Seule ligne")).isEqualTo("Seule ligne");
    }

    @Test
    void aParagraphIsCutAtAWordWithAnEllipsis() {
        String paragraph = "Comment ByteDance compte-t-elle contourner les restrictions américaines tout en "
                + "poursuivant ses ambitions technologiques ? Le géant chinois s’apprêterait à investir.";
        String title = Titles.of(null, paragraph);
        assertThat(title).hasSizeLessThanOrEqualTo(Titles.MAX_LENGTH).endsWith("…");
        assertThat(paragraph).startsWith(title.substring(0, title.length() - 1));
        assertThat(title.charAt(title.length() - 2)).isNotEqualTo(' ');
    }

    @Test
    void nothingToGoOn() {
        assertThat(Titles.of(null, "  \n ")).isEqualTo("(untitled)");
    }
}
