package org.atelier.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchService;
import org.atelier.api.search.Snippet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/search}: a page of hits, their snippets with offsets in code points of the document's text,
 * as every offset of the web API (the search service counts UTF-16 units, as Java strings do), and
 * {@code indexing: {done, of}} while the index is being built (absent once it is complete).
 * {@code GET /api/search/matches?q=&doc=}: every match of the query in one document, for its view.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/search", "/api/search/matches"})
public final class SearchServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient SearchService search;
    private final transient DocumentStore store;

    @Activate
    public SearchServlet(@Reference SearchService search, @Reference DocumentStore store,
            @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.search = search;
        this.store = store;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/matches")) {
            matches(request, response);
            return;
        }
        SearchRequest query = request(request);
        SearchResult result;
        try {
            result = search.search(query);
        } catch (QuerySyntaxException e) {
            throw syntaxError(e);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage()); // a cursor this service did not give
        }
        send(response, HttpServletResponse.SC_OK, answer(inCodePoints(result)));
    }

    /** The result's fields, {@code indexing} only while the index is being built. */
    private static Map<String, Object> answer(SearchResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", result.query());
        answer.put("total", result.total());
        answer.put("hits", result.hits());
        answer.put("facets", result.facets());
        answer.put("next", result.next());
        if (result.indexing() != null) {
            answer.put("indexing", result.indexing());
        }
        return answer;
    }

    private void matches(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = parameter(request, "q");
        String doc = parameter(request, "doc");
        if (q == null || doc == null) {
            throw ApiException.badRequest("give a query and a document: q=...&doc=...");
        }
        Document document = store.get(Documents.resolve(store, doc).id())
                .orElseThrow(() -> ApiException.notFound("no document " + doc));
        List<Snippet.Span> matches;
        try {
            matches = search.matches(q, document.info().id());
        } catch (QuerySyntaxException e) {
            throw syntaxError(e);
        }
        send(response, HttpServletResponse.SC_OK,
                Map.of("query", q, "doc", document.info().id(), "matches", inCodePoints(matches, document.text())));
    }

    private static ApiException syntaxError(QuerySyntaxException e) {
        return new ApiException(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), Map.of("column", e.position() + 1));
    }

    private static SearchRequest request(HttpServletRequest request) {
        String q = parameter(request, "q");
        if (q == null) {
            throw ApiException.badRequest("give a query: q=...");
        }
        int limit = number(request, "limit", SearchRequest.DEFAULT_LIMIT);
        int offset = number(request, "offset", 0);
        Map<String, List<String>> filters = new HashMap<>();
        for (String facet : List.of(SearchRequest.SOURCE, SearchRequest.LANGUAGE)) {
            String[] values = request.getParameterValues(facet);
            if (values != null) {
                filters.put(facet, Arrays.asList(values));
            }
        }
        try {
            return new SearchRequest(q, limit, offset, parameter(request, "after"), filters,
                    "true".equals(parameter(request, "facets")));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The result with each snippet's offsets counted in code points of its document's text. */
    private SearchResult inCodePoints(SearchResult result) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit hit : result.hits()) {
            Optional<String> text = text(hit.id());
            hits.add(text.isEmpty() ? hit : new SearchHit(hit.id(), hit.title(), hit.path(), hit.score(),
                    hit.snippets().stream().map(s -> inCodePoints(s, text.get())).toList()));
        }
        return new SearchResult(result.query(), result.total(), hits, result.facets(), result.next(),
                result.indexing());
    }

    /** The text of a hit's document; none when the store cannot read it back, the hit staying as found. */
    private Optional<String> text(String id) {
        try {
            return store.get(id).map(Document::text);
        } catch (UnreadableDocumentException e) {
            return Optional.empty();
        }
    }

    static Snippet inCodePoints(Snippet snippet, String text) {
        if (isBmpOnly(text)) {
            return snippet;
        }
        return new Snippet(snippet.text(), codePoints(text, snippet.start()), inCodePoints(snippet.matches(), text),
                snippet.page());
    }

    private static List<Snippet.Span> inCodePoints(List<Snippet.Span> spans, String text) {
        if (isBmpOnly(text)) {
            return spans;
        }
        return spans.stream().map(m -> new Snippet.Span(codePoints(text, m.start()), codePoints(text, m.end())))
                .toList();
    }

    /** No character outside the BMP: UTF-16 units and code points count alike. */
    private static boolean isBmpOnly(String text) {
        return text.length() == text.codePointCount(0, text.length());
    }

    private static int codePoints(String text, int utf16) {
        return text.codePointCount(0, Math.min(utf16, text.length()));
    }
}
