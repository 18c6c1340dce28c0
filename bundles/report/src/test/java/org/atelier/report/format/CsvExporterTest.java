package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atelier.api.report.ReportClaim;
import org.atelier.report.Fixtures;
import org.atelier.report.format.csv.CsvExporter;
import org.atelier.report.service.LiveReport;
import org.junit.jupiter.api.Test;

/** The CSV report read back by Commons CSV, as RFC 4180. */
class CsvExporterTest {

    static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).isEqualTo(CsvExporter.COLUMNS);
            return parser.getRecords();
        }
    }

    @Test
    void oneRowPerClaimWithEveryValueIntactOrMadeInert() throws IOException {
        LiveReport report = Fixtures.report(Fixtures.world());
        byte[] bytes = Exports.bytes(new CsvExporter(), report);
        List<CSVRecord> rows = parse(bytes);
        List<ReportClaim> claims = new ArrayList<>();
        report.claims().forEach(claims::add);
        assertThat(rows).hasSize(claims.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            ReportClaim rc = claims.get(i);
            assertThat(row.get("id")).isEqualTo(rc.claim().id());
            assertThat(row.get("number")).isEqualTo(String.valueOf(i + 1));
            assertThat(row.get("quote")).isEqualTo(CsvExporter.inert(rc.quote()));
            assertThat(unguard(row.get("quote"))).isEqualTo(rc.quote());
            assertThat(unguard(row.get("before")) + unguard(row.get("quote")) + unguard(row.get("after")))
                    .isEqualTo(rc.before() + rc.quote() + rc.after());
            assertThat(Integer.parseInt(row.get("start"))).isEqualTo(rc.claim().position().start());
            assertThat(row.get("status")).isEqualTo(rc.claim().status().label());
            for (String column : CsvExporter.COLUMNS) {
                assertThat(row.get(column)).as(column + " of " + rc.claim().id()).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
        }
        CSVRecord formula = rows.get(5);
        assertThat(formula.get("quote")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\") selon la source");
        assertThat(formula.get("claimant")).isEqualTo("'=1+1");
        assertThat(formula.get("status_note")).isEqualTo("'@SUM(A1:A9)");
        assertThat(formula.get("document_source")).isEqualTo("'=cmd|' /C calc'!A0, article-hostile.txt");
        assertThat(rows.get(4).get("notes")).isEqualTo("2026-11-20 -attaquant: note sur\ndeux lignes <i>");
        assertThat(rows.get(0).get("figures_normalized")).isEqualTo("7000000000 USD | 2025");
        assertThat(rows.get(0).get("corroborated_by")).isEqualTo("c3");
        assertThat(rows.get(1).get("contradicted_by")).isEqualTo("c4");
    }

    @Test
    void recordsEndWithCrLfAsRfc4180Says() {
        String text = Exports.text(new CsvExporter(), Fixtures.report(Fixtures.world()));
        assertThat(text).startsWith("\uFEFFnumber,id,document_id,").contains("\r\n1,c1,");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }

    @Test
    void onlyTheFirstCharacterMatters() {
        assertThat(CsvExporter.inert("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.inert("\tx")).isEqualTo("'\tx");
        assertThat(CsvExporter.inert("a=1")).isEqualTo("a=1");
        assertThat(CsvExporter.inert(null)).isEmpty();
    }

    private static String unguard(String value) {
        return value.startsWith("'") ? value.substring(1) : value;
    }
}
