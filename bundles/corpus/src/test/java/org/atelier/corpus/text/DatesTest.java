package org.atelier.corpus.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-02-28T07:45:00+01:00 | 2025-02-28",
        "2025-01-02                | 2025-01-02",
        "2025/1/2                  | 2025-01-02",
        "07/03/2025                | 2025-03-07",
        "7.3.2025                  | 2025-03-07",
        "3 janvier 2025            | 2025-01-03",
        "1er mars 2025             | 2025-03-01",
        "lundi 3 février 2025 à 10h30 | 2025-02-03",
        "Publié le 12 déc. 2024    | 2024-12-12",
        "March 7, 2025             | 2025-03-07",
        "7 March 2025              | 2025-03-07",
        "Fri, 07 Mar 2025 18:00:00 GMT | 2025-03-07"})
    void datesAsSourcesWriteThemBecomeIso8601(String written, String iso) {
        assertThat(Dates.normalize(written)).isEqualTo(iso);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"hier", "31/02/2025", "2025", "le 3 trucs 2025", "En 2022, le gouvernement"})
    void whatIsNotADateGivesNone(String written) {
        assertThat(Dates.normalize(written)).isNull();
    }
}
