package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.atelier.api.search.QuerySyntaxException;
import org.junit.jupiter.api.Test;

class QueryReaderTest {
    private final QueryReader reader = new QueryReader(FrenchAnalysis.perField(), QueryParser.Operator.AND, 2f);

    @Test
    void wordsSearchTitleAndTextStemmedAndAllRequired() throws Exception {
        assertThat(reader.read("Puces électroniques").toString())
                .isEqualTo("+((title:puce)^2.0 text:puce) +((title:electron)^2.0 text:electron)");
    }

    @Test
    void hyphenatedWordIsAPhrase() throws Exception {
        assertThat(reader.read("États-Unis").toString()).contains("text:\"etat uni\"");
    }

    @Test
    void theSyntaxOfTheDocumentationParses() throws Exception {
        assertThat(reader.read("\"puces Nvidia\"~5").toString()).contains("text:\"puce nvidia\"~5");
        assertThat(reader.read("nvidia OR huawei").toString()).isEqualTo("((title:nvidia)^2.0 text:nvidia) ((title:huawei)^2.0 text:huawei)");
        assertThat(reader.read("+nvidia -huawei").toString()).startsWith("+(").contains("-(");
        assertThat(reader.read("nvidia NOT (huawei OR bytedance)").toString()).contains("-(");
        assertThat(reader.read("title:puce").toString()).isEqualTo("title:puce");
        assertThat(reader.read("source:\"Le Monde\"").toString()).isEqualTo("source:\"le monde\"");
        assertThat(reader.read("lang:FR").toString()).isEqualTo("lang:fr");
        assertThat(reader.read("exact:Puces").toString()).isEqualTo("exact:puces");
    }

    @Test
    void prefixSearchesStemsAndWrittenForms() throws Exception {
        assertThat(reader.read("électroni*").toString())
                .contains("text:electroni*")
                .contains("exact:/[eèéêë]l[eèéêë][cç]tr[oòóôõöø][nñ][iìíîï].*/");
    }

    @Test
    void fuzzyWordIsStemmedFirst() throws Exception {
        assertThat(reader.read("text:Puçes~1").toString()).isEqualTo("text:puce~1");
    }

    @Test
    void datesAndRangesOfDates() throws Exception {
        assertThat(reader.read("date:[2024-01-01 TO 2025-12-31]").toString()).isEqualTo("date:[19723 TO 20453]");
        assertThat(reader.read("date:2024").toString()).isEqualTo("date:[19723 TO 20088]");
        assertThat(reader.read("date:2024-02").toString()).isEqualTo("date:[19754 TO 19782]");
        assertThat(reader.read("date:{2024-01-01 TO *]").toString()).startsWith("date:[19724 TO ");
    }

    @Test
    void onlyExclusionsMeanEverythingElse() throws Exception {
        Query query = reader.read("-huawei");
        assertThat(query).isInstanceOf(BooleanQuery.class);
        BooleanClause first = ((BooleanQuery) query).clauses().get(0);
        assertThat(first.query()).isInstanceOf(MatchAllDocsQuery.class);
    }

    @Test
    void starColonStarAndALoneStarMeanEveryDocument() throws Exception {
        assertThat(reader.read("*:*")).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(reader.read("*")).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(reader.read(" * ")).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(reader.read("*:* -huawei").toString()).isEqualTo("+*:* -((title:huawei)^2.0 text:huawei)");
        assertThat(reader.read("(*) AND lang:fr").toString()).isEqualTo("+*:* +lang:fr");
        assertError("*puce", 0, "'*'");
        assertError("title:*", 6, "'*'");
    }

    @Test
    void unbalancedQuoteIsReportedWhereItOpens() {
        assertError("puce AND \"etats unis", 9, "quote");
    }

    @Test
    void unbalancedParenthesesAreReportedWhereTheyAre() {
        assertError("puce AND (nvidia OR huawei", 9, "'('");
        assertError("puce) OR nvidia", 4, "')'");
    }

    @Test
    void leadingWildcardIsReported() {
        assertError("nvidia *puce", 7, "'*'");
        assertError("title:?uce", 6, "'?'");
    }

    @Test
    void unknownFieldIsReported() {
        assertError("nvidia auteur:dupont", 7, "unknown field 'auteur'");
    }

    @Test
    void misplacedOperatorsAreReported() {
        assertError("AND puce", 0, "unexpected 'AND'");
        assertError("puce AND", 8, "ends too early");
    }

    @Test
    void badDatesAreReportedWhereTheyAre() {
        assertError("date:2024-13-01", 5, "not a date");
        assertError("title:[a TO b]", 0, "ranges");
    }

    @Test
    void emptyQueryIsReported() {
        assertError("   ", 0, "empty");
    }

    private void assertError(String query, int position, String reason) {
        assertThatThrownBy(() -> reader.read(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> {
                    QuerySyntaxException error = (QuerySyntaxException) e;
                    assertThat(error.position()).as("position in %s", query).isEqualTo(position);
                    assertThat(error.reason()).contains(reason);
                    assertThat(error.getMessage()).doesNotContain("\n").contains("column " + (position + 1));
                });
    }
}
