package org.atelier.claims.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atelier.claims.text.Sentences.Sentence;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtFinalPunctuationBeforeACapital() {
        List<Sentence> s = Sentences.split("ByteDance achète. Nvidia vend ! Qui gagne ? Personne…\nUn titre");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("ByteDance achète.", "Nvidia vend !", "Qui gagne ?", "Personne…", "Un titre");
        assertThat(s.get(2).question()).isTrue();
        assertThat(s.get(4).terminated()).isFalse();
        assertThat(s.get(4).paragraph()).isEqualTo(1);
        assertThat(s.get(4).wholeParagraph()).isTrue();
    }

    @Test
    void keepsInitialsAbbreviationsAndDecimalsInsideASentence() {
        List<Sentence> s = Sentences.split("M. Dupont et J. Martin chez Nvidia Corp. Inc. ont payé 3.5 millions. Fin.");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("M. Dupont et J. Martin chez Nvidia Corp. Inc. ont payé 3.5 millions.", "Fin.");
    }

    @Test
    void aQuestionMarkBeforeTheAnswerEndsTheQuestion() {
        assertThat(Sentences.split("L’objectif ? L’intelligence artificielle générale."))
                .extracting(Sentence::text)
                .containsExactly("L’objectif ?", "L’intelligence artificielle générale.");
    }

    @Test
    void listMarkersAreNotPartOfTheSentence() {
        String text = "Réponses:\n1. Les entreprises investissent.\n2. Pourrait intensifier les tensions.";
        List<Sentence> s = Sentences.split(text);
        assertThat(s).extracting(Sentence::text)
                .containsExactly("Réponses:", "Les entreprises investissent.", "Pourrait intensifier les tensions.");
        assertThat(s.get(1).listItem()).isTrue();
        assertThat(text.substring(s.get(1).start(), s.get(1).end())).isEqualTo(s.get(1).text());
    }

    @Test
    void spansAreIndexesIntoTheText() {
        String text = "  Premier 🚀 essai.  Second essai.\n\nTroisième.";
        for (Sentence s : Sentences.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
