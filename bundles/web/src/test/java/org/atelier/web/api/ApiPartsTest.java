package org.atelier.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.atelier.api.search.Snippet;
import org.junit.jupiter.api.Test;

class ApiPartsTest {
    @Test
    void ifMatchNamesTheVersionBareQuotedOrWeak() {
        assertThat(Claims.version("3")).isEqualTo(3);
        assertThat(Claims.version("\"12\"")).isEqualTo(12);
        assertThat(Claims.version("W/\"4\"")).isEqualTo(4);
        assertThatThrownBy(() -> Claims.version(null)).isInstanceOf(ApiException.class).hasMessageContaining("If-Match");
        assertThatThrownBy(() -> Claims.version("*")).isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).status()).isEqualTo(400);
    }

    @Test
    void snippetOffsetsAreCountedInCodePoints() {
        String text = "Un 🚀 lancement de puces, puis 🚀 encore des puces";
        int first = text.indexOf("puces");
        int second = text.lastIndexOf("puces");
        Snippet utf16 = new Snippet(text.substring(first), first,
                List.of(new Snippet.Span(first, first + 5), new Snippet.Span(second, second + 5)));
        Snippet points = SearchServlet.inCodePoints(utf16, text);
        List<Integer> codePoints = text.codePoints().boxed().toList();
        for (Snippet.Span match : points.matches()) {
            StringBuilder matched = new StringBuilder();
            codePoints.subList(match.start(), match.end()).forEach(matched::appendCodePoint);
            assertThat(matched.toString()).isEqualTo("puces");
        }
        assertThat(points.start()).isEqualTo(first - 1);
    }

    @Test
    void anUploadOverTheLimitIsToldByTheParsersCause() {
        class FileSizeLimitExceededException extends Exception {
            private static final long serialVersionUID = 1L;
        }
        assertThat(ImportsServlet.overLimit(new IOException("Error parsing multipart request",
                new FileSizeLimitExceededException()))).isTrue();
        assertThat(ImportsServlet.overLimit(new IOException("Error parsing multipart request",
                new IllegalStateException("truncated")))).isFalse();
    }

    @Test
    void anErrorBodyHasItsLineFirstThenItsFields() {
        ApiException conflict = new ApiException(409, "changed meanwhile", java.util.Map.of("current", "c1"));
        assertThat(conflict.body()).containsExactly(java.util.Map.entry("error", "changed meanwhile"),
                java.util.Map.entry("current", "c1"));
        assertThat(conflict.getStackTrace()).isEmpty();
    }
}
