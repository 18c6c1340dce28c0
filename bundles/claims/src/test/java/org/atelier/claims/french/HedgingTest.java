package org.atelier.claims.french;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.claims.french.Hedging.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HedgingTest {
    @ParameterizedTest
    @ValueSource(strings = {"envisagerait", "seraient", "utiliserait", "s’apprêterait", "représenteraient",
        "aurait", "prendrait", "suivrait", "conduirait", "verrait", "permettrait", "finirait"})
    void theConditionalIsAHedge(String verb) {
        assertThat(Hedging.conditional(verb)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"montrait", "déclarait", "tirait", "ouvrait", "livrait", "considérait", "assurait",
        "portrait", "retrait", "extrait", "attrait", "démarrait"})
    void theImperfectAndNounsEndingAlikeAreNot(String word) {
        assertThat(Hedging.conditional(word)).isFalse();
    }

    @Test
    void aConditionalReportsWithItsParticiple() {
        assertThat(Hedging.find("Elle aurait commandé 100 000 puces."))
                .containsExactly(new Hedging.Found(Kind.REPORTED_CONDITIONAL, "aurait commandé"));
    }

    @Test
    void modalsSpeculate() {
        assertThat(Hedging.find("ByteDance pourrait contourner les règles.")).extracting(Hedging.Found::kind)
                .containsExactly(Kind.MODAL);
    }

    @Test
    void otherHedges() {
        assertThat(Hedging.find("Le groupe s’apprête à dépenser.")).extracting(Hedging.Found::kind)
                .containsExactly(Kind.ANNOUNCED);
        assertThat(Hedging.find("Selon certaines sources, il achète.")).extracting(Hedging.Found::kind)
                .containsExactly(Kind.UNNAMED_SOURCES);
        assertThat(Hedging.find("ByteDance semble avoir trouvé une parade.")).extracting(Hedging.Found::kind)
                .containsExactly(Kind.APPEARANCE);
        assertThat(Hedging.find("ByteDance a acheté des puces en 2024.")).isEmpty();
    }
}
