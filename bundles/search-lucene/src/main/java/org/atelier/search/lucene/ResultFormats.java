package org.atelier.search.lucene;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchResult.FacetCount;
import org.atelier.api.search.Snippet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** How the {@code search} command writes results: a readable list, JSON, or CSV. */
final class ResultFormats {
    private static final JsonFactory JSON = new JsonFactory();
    /** Marks around a match in the readable list. */
    static final String MATCH_START = "[";
    static final String MATCH_END = "]";

    private ResultFormats() {}

    /**
     * {@code {"query", "total", "hits": [{"id", "title", "path", "score", "snippets": [{"text", "start",
     * "matches": [[start, end], ...]}]}], "facets": {"source": {"Le Monde": 3}, "lang": {"fr": 5}}, "next"}},
     * and {@code "indexing": {"done", "of"}} while the index is being built.
     */
    static void json(SearchResult result, Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("query", result.query());
        json.writeNumberField("total", result.total());
        json.writeArrayFieldStart("hits");
        for (SearchHit hit : result.hits()) {
            json.writeStartObject();
            json.writeStringField("id", hit.id());
            json.writeStringField("title", hit.title());
            json.writeStringField("path", hit.path());
            json.writeNumberField("score", hit.score());
            json.writeArrayFieldStart("snippets");
            for (Snippet snippet : hit.snippets()) {
                json.writeStartObject();
                json.writeStringField("text", snippet.text());
                json.writeNumberField("start", snippet.start());
                if (snippet.page() > 0) {
                    json.writeNumberField("page", snippet.page());
                }
                json.writeArrayFieldStart("matches");
                for (Snippet.Span match : snippet.matches()) {
                    json.writeArray(new int[] {match.start(), match.end()}, 0, 2);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facets");
        for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
            json.writeObjectFieldStart(facet.getKey());
            for (FacetCount count : facet.getValue()) {
                json.writeNumberField(count.value(), count.count());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeStringField("next", result.next());
        if (result.indexing() != null) {
            json.writeObjectFieldStart("indexing");
            json.writeNumberField("done", result.indexing().done());
            json.writeNumberField("of", result.indexing().of());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    /** A numbered list: title, where the document comes from, and its snippets with the matches in brackets. */
    static void text(SearchResult result, int offset, Writer out) throws IOException {
        String n = System.lineSeparator();
        long total = result.total();
        if (result.indexing() != null) {
            out.write(partial(result.indexing()) + n);
        }
        if (total == 0) {
            out.write("No document matches " + result.query() + n);
        } else if (result.hits().isEmpty()) {
            out.write(total + (total == 1 ? " document matches" : " documents match") + "; none after hit " + offset + n);
        } else {
            out.write(String.format(Locale.ROOT, "%d %s, %d to %d:%n", total,
                    total == 1 ? "document matches" : "documents match", offset + 1, offset + result.hits().size()));
        }
        int rank = offset;
        for (SearchHit hit : result.hits()) {
            rank++;
            out.write(n + String.format(Locale.ROOT, "%3d. %s%n", rank, oneLine(hit.title())));
            out.write(String.format(Locale.ROOT, "     %s  (id %s, score %.2f)%n", hit.path(), shortId(hit.id()), hit.score()));
            for (Snippet snippet : hit.snippets()) {
                out.write("     " + (snippet.page() > 0 ? "p. " + snippet.page() + " " : "") + "… " + marked(snippet)
                        + " …" + n);
            }
        }
        for (Map.Entry<String, List<FacetCount>> facet : result.facets().entrySet()) {
            out.write(n + facet.getKey() + ":" + n);
            if (facet.getValue().isEmpty()) {
                out.write("  (none)" + n);
            }
            for (FacetCount count : facet.getValue()) {
                out.write(String.format(Locale.ROOT, "  %6d  %s%n", count.count(), count.value()));
            }
        }
        if (result.next() != null) {
            out.write(n + "More: --offset " + (offset + result.hits().size()) + n);
        }
    }

    /** The line that says a result holds only the documents indexed so far. */
    static String partial(SearchResult.Indexing indexing) {
        return String.format(Locale.ROOT, "Indexing %d of %d; these results are partial (the documents indexed so far).",
                indexing.done(), indexing.of());
    }

    /** The snippet on one line, each match between {@link #MATCH_START} and {@link #MATCH_END}. */
    static String marked(Snippet snippet) {
        StringBuilder line = new StringBuilder(snippet.text().length() + 8 * snippet.matches().size());
        String text = snippet.text();
        int at = 0;
        for (Snippet.Span match : snippet.matches()) {
            int start = Math.max(at, match.start() - snippet.start());
            int end = Math.min(text.length(), match.end() - snippet.start());
            if (start >= end) {
                continue;
            }
            line.append(text, at, start).append(MATCH_START).append(text, start, end).append(MATCH_END);
            at = end;
        }
        line.append(text, at, text.length());
        return oneLine(line.toString());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** RFC 4180: CRLF after each record, fields quoted when they hold a comma, a quote or a line break. */
    static final class Csv {
        private final Writer out;
        private final Function<String, Optional<DocumentInfo>> documents;

        /** @param documents the metadata of a hit's document, by its id */
        Csv(Writer out, Function<String, Optional<DocumentInfo>> documents) {
            this.out = out;
            this.documents = documents;
        }

        void header() throws IOException {
            record("rank", "id", "score", "title", "path", "source", "date", "lang", "snippet");
        }

        /** Writes the hits of {@code page}, numbered from {@code rank + 1}; returns the last rank written. */
        int rows(SearchResult page, int rank) throws IOException {
            for (SearchHit hit : page.hits()) {
                rank++;
                DocumentInfo info = documents.apply(hit.id()).orElse(null);
                record(Integer.toString(rank), hit.id(), String.format(Locale.ROOT, "%.4f", hit.score()),
                        hit.title(), hit.path(),
                        info == null ? null : info.outlet(),
                        info == null ? null : info.date(),
                        info == null ? null : info.language(),
                        hit.snippets().isEmpty() ? null : hit.snippets().get(0).text());
            }
            return rank;
        }

        private void record(String... fields) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields[i]));
            }
            out.write("\r\n");
        }

        static String field(String value) {
            if (value == null) {
                return "";
            }
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        }
    }
}
