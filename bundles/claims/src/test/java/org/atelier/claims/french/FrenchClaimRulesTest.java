package org.atelier.claims.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.atelier.api.claims.Figure;
import org.atelier.claims.ShippedArticles;
import org.atelier.claims.french.FrenchClaimRules.Proposal;
import org.atelier.claims.french.FrenchClaimRules.Reading;
import org.junit.jupiter.api.Test;

/** Each rule of the suggester on a sentence of its own. */
class FrenchClaimRulesTest {
    private static Proposal only(String text) {
        List<Proposal> proposals = FrenchClaimRules.suggest(text);
        assertThat(proposals).as(text).hasSize(1);
        return proposals.get(0);
    }

    private static void none(String text) {
        assertThat(FrenchClaimRules.suggest(text)).as(text).isEmpty();
    }

    @Test
    void figuresAndAmounts() {
        Proposal p = only("Avec ses 51 millions d’utilisateurs actifs, le chatbot Doubao domine le marché chinois.");
        assertThat(p.figures()).extracting(Figure::normalized).containsExactly("51000000 users");
        assertThat(p.reasons()).anyMatch(r -> r.startsWith("quantity: 51 millions d’utilisateurs"));
        assertThat(only("Le chiffre d’affaires de Nvidia a progressé de 12 % sur un an.").reasons())
                .anyMatch(r -> r.startsWith("percent: 12 %"));
    }

    @Test
    void attributionFillsTheClaimant() {
        Proposal p = only("Les fournisseurs de services cloud soutiennent que les règles n’empêchent pas l’accès.");
        assertThat(p.claimant()).isEqualTo("Les fournisseurs de services cloud");
        assertThat(p.hedged()).isFalse();
        assertThat(only("Selon Reuters, Huawei livre des puces à ByteDance.").claimant()).isEqualTo("Reuters");
        assertThat(only("D’après Bloomberg, Huawei livre des puces à ByteDance.").claimant()).isEqualTo("Bloomberg");
        assertThat(only("« Nous respectons les règles », a déclaré le porte-parole de ByteDance.").claimant())
                .isEqualTo("le porte-parole de ByteDance");
        assertThat(only("Nvidia a confirmé la livraison des puces à ByteDance.").claimant()).isEqualTo("Nvidia");
    }

    @Test
    void theConditionalOfReportedFactsIsHedged() {
        Proposal p = only("Pour cela, elle utiliserait des puces développées par Huawei, une entreprise chinoise.");
        assertThat(p.hedged()).isTrue();
        assertThat(p.reasons()).contains("conditional: \"utiliserait\"");
        assertThat(only("Elle aurait commandé cette année 100 000 puces Ascend 910B de Huawei.").reasons())
                .contains("conditional: \"aurait commandé\"");
    }

    @Test
    void announcedIntentionsAndUnnamedSourcesAreHedged() {
        Proposal p = only("Le géant chinois, maison mère de TikTok, s’apprête à investir dans des puces Nvidia.");
        assertThat(p.hedged()).isTrue();
        assertThat(p.reasons()).anyMatch(r -> r.startsWith("announced: \"s’apprête à\""));
        Proposal sources = only("Selon certaines sources, ByteDance envisage de dépenser 7 milliards de dollars.");
        assertThat(sources.hedged()).isTrue();
        assertThat(sources.claimant()).isEqualTo("certaines sources");
    }

    @Test
    void speculationAloneIsNotAClaim() {
        none("ByteDance pourrait contourner les règles tout en renforçant sa position sur le marché.");
    }

    @Test
    void questionsAreNotClaimsEvenWithFigures() {
        none("Mais que représenteraient 7 milliards de dollars d’investissement sur Nvidia pour Doubao ?");
        Reading reading = FrenchClaimRules.read("Comment ByteDance contourne-t-il l’interdiction ?").get(0);
        assertThat(reading.excludedBecause()).isEqualTo("question");
    }

    @Test
    void headingsAreNotClaims() {
        none("Elle aurait commandé 100 000 puces à Huawei selon Reuters\nLe texte suit ici.");
        none("Questions clés:\nRéponses et aperçus:");
    }

    @Test
    void boilerplateIsNotAClaim() {
        none("Image par XanderSt via Shutterstock.");
        none("Lire ensuite :");
        none("Source : Techcrunch");
        none("Cet article reflète l’opinion personnelle du journaliste qui l’a rédigé.");
    }

    @Test
    void plainStatementsAndOpinionAreNotProposed() {
        none("Le choix de Huawei est aussi stratégique.");
        none("Il est crucial pour les lecteurs de comprendre que derrière chaque avancée se cache une bataille.");
    }

    @Test
    void confidenceAndReasonsExplainEachProposal() {
        Proposal p = only("Le groupe s’apprête à dépenser jusqu’à 7 milliards de dollars en 2025 pour acheter des "
                + "puces de Nvidia, selon ce que rapporte The Information.");
        assertThat(p.confidence()).isBetween(FrenchClaimRules.THRESHOLD, 1.0);
        assertThat(p.reasons()).contains("money: 7 milliards de dollars = 7000000000 USD", "year: 2025",
                "attribution: \"selon ce que rapporte The Information\" (claimant: The Information)");
        assertThat(only("Selon Reuters, Huawei livre des puces à ByteDance.").confidence())
                .isLessThan(p.confidence());
    }

    @Test
    void notEverySentenceOfTheShippedArticlesIsProposed() throws IOException {
        int sentences = 0;
        int proposed = 0;
        for (Path article : ShippedArticles.files()) {
            List<Reading> readings = FrenchClaimRules.read(ShippedArticles.stored(article));
            sentences += readings.size();
            proposed += (int) readings.stream().filter(Reading::proposed).count();
        }
        assertThat(proposed).isGreaterThan(0).isLessThan(sentences / 3);
    }
}
