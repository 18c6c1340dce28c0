package org.atelier.web.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.web.json.WebJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /api/documents}: the current documents with how many claims and open suggestions each holds (zero
 * without the claims feature), one document with its text, and removal.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/documents", "/api/documents/*"})
public final class DocumentsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** The most attachments of a document given with it. */
    private static final int SHOWN_CHILDREN = 1000;
    private final transient DocumentStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile ClaimService claims;

    @Activate
    public DocumentsServlet(@Reference DocumentStore store, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.store = store;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty() && request.getParameter("limit") != null) {
            send(response, HttpServletResponse.SC_OK, page(request));
        } else if (path.isEmpty()) {
            send(response, HttpServletResponse.SC_OK, list());
        } else if (path.size() == 1) {
            DocumentInfo info = Documents.resolve(store, path.get(0));
            Document document = store.get(info.id())
                    .orElseThrow(() -> ApiException.notFound("document " + info.id() + " was removed meanwhile"));
            send(response, HttpServletResponse.SC_OK, described(document));
        } else {
            throw ApiException.notFound("no such address: " + request.getRequestURI());
        }
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw notAllowed(request);
        }
        DocumentInfo info = Documents.resolve(store, path.get(0));
        if (!store.remove(info.id())) {
            throw ApiException.notFound("document " + info.id() + " was removed meanwhile");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Every current document: kept for the clients of the first version, which hold the corpus whole. */
    private ArrayNode list() {
        List<DocumentInfo> documents = store.list();
        ClaimService service = claims;
        Map<String, Long> claimCounts = service == null ? Map.of()
                : countBy(service.list(ClaimFilter.ALL), Claim::docId);
        Map<String, Long> suggestionCounts = service == null ? Map.of()
                : countBy(service.suggestions(null).stream().filter(s -> s.claim() == null).toList(),
                        Suggestion::docId);
        ArrayNode array = WebJson.MAPPER.createArrayNode();
        for (DocumentInfo document : documents) {
            array.add(described(document, claimCounts.getOrDefault(document.id(), 0L),
                    suggestionCounts.getOrDefault(document.id(), 0L)));
        }
        return array;
    }

    /**
     * One page: {@code {documents, total, next}}, the counts of claims and suggestions for the documents of the
     * page only, so that a page costs the same in a corpus of five documents as of millions.
     */
    private ObjectNode page(HttpServletRequest request) {
        DocumentQuery query;
        try {
            query = new DocumentQuery(sort(request.getParameter("sort")), "true".equals(request.getParameter("desc")),
                    blankToNull(request.getParameter("after")), Integer.parseInt(request.getParameter("limit").strip()),
                    blankToNull(request.getParameter("outlet")), blankToNull(request.getParameter("language")),
                    blankToNull(request.getParameter("parent")));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit must be a number, not '" + request.getParameter("limit") + "'");
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        DocumentPage page;
        try {
            page = store.page(query);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ClaimService service = claims;
        Map<String, Long> claimCounts = service == null ? Map.of()
                : countBy(service.list(ClaimFilter.ALL), Claim::docId);
        ObjectNode root = WebJson.MAPPER.createObjectNode();
        root.put("total", page.total());
        ArrayNode array = root.putArray("documents");
        for (DocumentInfo document : page.documents()) {
            long open = service == null ? 0 : service.suggestions(document.id()).stream()
                    .filter(s -> s.claim() == null).count();
            array.add(described(document, claimCounts.getOrDefault(document.id(), 0L), open));
        }
        root.put("next", page.next());
        return root;
    }

    /**
     * One document with its text, and what the Document view shows around it: the title of the document it is
     * embedded in, the documents embedded in it (at most {@value #SHOWN_CHILDREN}; {@code childCount} says how many
     * there are) and where each page starts.
     */
    private ObjectNode described(Document document) {
        DocumentInfo info = document.info();
        ObjectNode node = WebJson.MAPPER.valueToTree(info);
        node.put("parentTitle", info.parent() == null ? null
                : store.info(info.parent()).map(DocumentInfo::title).orElse(null));
        DocumentPage children = store.page(DocumentQuery.childrenOf(info.id(), SHOWN_CHILDREN));
        node.put("childCount", children.total());
        ArrayNode array = node.putArray("children");
        for (DocumentInfo child : children.documents()) {
            array.addObject().put("id", child.id()).put("title", child.title()).put("path", child.path());
        }
        node.set("pageStarts", WebJson.MAPPER.valueToTree(document.pages()));
        node.put("text", document.text());
        return node;
    }

    private static ObjectNode described(DocumentInfo document, long claims, long suggestions) {
        ObjectNode node = WebJson.MAPPER.valueToTree(document);
        node.put("claims", claims);
        node.put("suggestions", suggestions);
        return node;
    }

    private static DocumentQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return DocumentQuery.Sort.IMPORTED;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "imported" -> DocumentQuery.Sort.IMPORTED;
            case "date" -> DocumentQuery.Sort.DATE;
            case "title" -> DocumentQuery.Sort.TITLE;
            default -> throw ApiException.badRequest("sort takes imported, date or title, not '" + value + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
