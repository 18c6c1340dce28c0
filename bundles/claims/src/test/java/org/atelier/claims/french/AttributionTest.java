package org.atelier.claims.french;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AttributionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "En effet, selon certaines sources, ByteDance envisage de dépenser.                   | certaines sources",
        "Selon des informations révélées par Reuters, ByteDance envisagerait un modèle.       | Reuters",
        "D’après le Financial Times, la société a commandé des puces.                          | le Financial Times",
        "Le groupe va dépenser 7 milliards, selon ce que rapporte The Information.             | The Information",
        "Il s’empare des puces H20, selon ce qu’a déclaré The Times of India.                   | The Times of India",
        "Les fournisseurs de services cloud soutiennent que les règles n’empêchent rien.       | Les fournisseurs de services cloud",
        "Sans enfreindre les lois, les experts juridiques font valoir que tout est légal.      | les experts juridiques",
        "Une quatrième source, bien qu’incapable de le confirmer, a affirmé qu’un modèle existe. | Une quatrième source",
        "Alors que John Kennedy critique le Département, Thea Kendler, affirme que l’agence veille. | Thea Kendler",
        "« Nous ne commentons pas », a déclaré le porte-parole de Nvidia.                       | le porte-parole de Nvidia",
        "Nvidia a confirmé l’information mardi.                                                 | Nvidia",
        "Cette décision aurait été confirmée par trois sources anonymes.                        | trois sources anonymes",
        "Le ministre déclare que les exportations reprendront.                                  | Le ministre",
    })
    void findsWhoAsserts(String sentence, String claimant) {
        var found = Attribution.find(sentence.strip());
        assertThat(found).isPresent();
        assertThat(found.get().claimant()).isEqualTo(claimant.strip());
    }

    @Test
    void unnamedSourcesAreAnonymous() {
        assertThat(Attribution.find("Selon certaines sources, le contrat est signé.").get().anonymous()).isTrue();
        assertThat(Attribution.find("Selon Reuters, le contrat est signé.").get().anonymous()).isFalse();
    }

    @Test
    void aPronounIsNoClaimant() {
        var found = Attribution.find("Il affirme que le contrat est signé.");
        assertThat(found).isPresent();
        assertThat(found.get().claimant()).isNull();
    }

    @Test
    void aSentenceWithoutAttributionHasNone() {
        assertThat(Attribution.find("ByteDance construit son empire en matière d’IA.")).isEmpty();
    }
}
