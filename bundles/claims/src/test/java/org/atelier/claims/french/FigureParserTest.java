package org.atelier.claims.french;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.atelier.api.claims.Figure;
import org.atelier.api.claims.Figure.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FigureParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "ByteDance dépenserait 7 milliards de dollars.      | 7 milliards de dollars      | 7e9     | USD    | MONEY",
        "jusqu’à 7 milliards de dollars                     | 7 milliards de dollars      | 7e9     | USD    | MONEY",
        "sept milliards de dollars                          | sept milliards de dollars   | 7e9     | USD    | MONEY",
        "un budget de 1,5 milliard d’euros                  | 1,5 milliard d’euros        | 1.5e9   | EUR    | MONEY",
        "$7 milliards                                       | $7 milliards                | 7e9     | USD    | MONEY",
        "300 millions de yuans                              | 300 millions de yuans       | 3e8     | CNY    | MONEY",
        "Elle aurait commandé 100 000 puces Ascend 910B.    | 100 000 puces               | 100000  | chips  | QUANTITY",
        "100\u202f000 puces                                 | 100\u202f000 puces          | 100000  | chips  | QUANTITY",
        "Avec ses 51 millions d’utilisateurs actifs         | 51 millions d’utilisateurs  | 51e6    | users  | QUANTITY",
        "il compte 51 millions, dit-il                      | 51 millions                 | 51e6    | -      | QUANTITY",
        "une hausse de 12,5 % sur un an                     | 12,5 %                      | 12.5    | %      | PERCENT",
        "20 pour cent des puces                             | 20 pour cent                | 20      | %      | PERCENT",
        "depuis 2022, les restrictions                      | 2022                        | 2022    | -      | YEAR",
    })
    void readsAndNormalisesOneFigure(String text, String raw, double value, String unit, Kind kind) {
        List<FigureParser.Found> found = FigureParser.parse(text.strip());
        assertThat(found).hasSize(1);
        Figure figure = found.get(0).figure();
        assertThat(figure.raw()).isEqualTo(raw.strip());
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit()).isEqualTo(unit);
        assertThat(figure.kind()).isEqualTo(kind);
        assertThat(text.strip().substring(found.get(0).start(), found.get(0).end())).isEqualTo(raw.strip());
    }

    @Test
    void normalisedFormsAreTheSameHoweverWritten() {
        Figure a = FigureParser.parse("7 milliards de dollars").get(0).figure();
        Figure b = FigureParser.parse("sept milliards de dollars américains").get(0).figure();
        assertThat(a.normalized()).isEqualTo("7000000000 USD");
        assertThat(a.sameAs(b)).isTrue();
        assertThat(FigureParser.parse("100 000 puces").get(0).figure().normalized()).isEqualTo("100000 chips");
    }

    @Test
    void moneyAndYearInOneSentence() {
        List<Figure> figures = FigureParser.parse("dépenser jusqu’à 7 milliards de dollars en 2025 pour acheter")
                .stream().map(FigureParser.Found::figure).toList();
        assertThat(figures).extracting(Figure::kind).containsExactly(Kind.MONEY, Kind.YEAR);
        assertThat(figures.get(1).value()).isEqualTo(2025);
    }

    @Test
    void aFullDateIsADay() {
        Figure date = FigureParser.parse("Publié le 1er mars 2025 à Pékin").get(0).figure();
        assertThat(date.kind()).isEqualTo(Kind.DATE);
        assertThat(date.normalized()).isEqualTo("2025-03-01");
        assertThat(date.value()).isEqualTo(LocalDate.of(2025, 3, 1).toEpochDay());
    }

    @Test
    void modelNamesListNumbersAndSmallWordsAreNotFigures() {
        assertThat(FigureParser.parse("les puces H20, H100s, A100 et Ascend 910B de Huawei")).isEmpty();
        assertThat(FigureParser.parse("trois sources anonymes, deux ans plus tôt")).isEmpty();
        assertThat(FigureParser.parse("il y a 3 raisons")).hasSize(1); // counted with its noun
        assertThat(FigureParser.parse("3 et 4")).isEmpty();
    }

    @Test
    void aBareCountReferringBackWithEnCountsWhatWasCountedBefore() {
        Figure figure = FigureParser.parse("Cependant, elle n’en aurait reçu que 30 000 à cause de la pénurie.",
                "chips").get(0).figure();
        assertThat(figure.value()).isEqualTo(30000);
        assertThat(figure.unit()).isEqualTo("chips");
        assertThat(FigureParser.parse("Il a vendu 30 000 à Paris.", "chips").get(0).figure().unit()).isNull();
    }
}
