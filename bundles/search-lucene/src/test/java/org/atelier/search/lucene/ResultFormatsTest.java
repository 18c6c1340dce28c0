package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}
