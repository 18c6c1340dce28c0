package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.atelier.api.search.SearchResult;
import org.atelier.api.search.Snippet;
import org.junit.jupiter.api.Test;

class ResultFormatsTest {
    @Test
    void csvQuotesFieldsThatNeedItAndDoublesTheirQuotes() {
        assertThat(ResultFormats.Csv.field("puces")).isEqualTo("puces");
        assertThat(ResultFormats.Csv.field("puces, Nvidia")).isEqualTo("\"puces, Nvidia\"");
        assertThat(ResultFormats.Csv.field("le \"géant\"")).isEqualTo("\"le \"\"géant\"\"\"");
        assertThat(ResultFormats.Csv.field("deux\nlignes")).isEqualTo("\"deux\nlignes\"");
        assertThat(ResultFormats.Csv.field(null)).isEmpty();
    }

    @Test
    void matchesAreMarkedInTheSnippetFromTheirDocumentOffsets() {
        // The snippet starts at offset 100 of its document.
        Snippet snippet = new Snippet("des puces\nNvidia H20", 100,
                List.of(new Snippet.Span(104, 109), new Snippet.Span(110, 116)));
        assertThat(ResultFormats.marked(snippet)).isEqualTo("des [puces] [Nvidia] H20");
    }

    @Test
    void aPartialResultSaysHowFarTheIndexIsInJsonAndText() throws IOException {
        SearchResult partial = new SearchResult("puce", 2, List.of(), Map.of(), null, new SearchResult.Indexing(120, 3_000));
        StringWriter json = new StringWriter();
        ResultFormats.json(partial, json);
        assertThat(json.toString()).contains("\"indexing\" : {", "\"done\" : 120", "\"of\" : 3000");
        StringWriter text = new StringWriter();
        ResultFormats.text(partial, 0, text);
        assertThat(text.toString()).startsWith("Indexing 120 of 3000; these results are partial");

        SearchResult complete = new SearchResult("puce", 2, List.of(), Map.of(), null);
        StringWriter completeJson = new StringWriter();
        ResultFormats.json(complete, completeJson);
        assertThat(completeJson.toString()).doesNotContain("indexing");
        StringWriter completeText = new StringWriter();
        ResultFormats.text(complete, 0, completeText);
        assertThat(completeText.toString()).doesNotContain("Indexing");
    }
}
