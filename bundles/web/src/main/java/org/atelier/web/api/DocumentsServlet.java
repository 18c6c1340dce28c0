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
        if (path.isEmpty()) {
            send(response, HttpServletResponse.SC_OK, list());
        } else if (path.size() == 1) {
            DocumentInfo info = Documents.resolve(store, path.get(0));
            Document document = store.get(info.id())
                    .orElseThrow(() -> ApiException.notFound("document " + info.id() + " was removed meanwhile"));
            ObjectNode node = WebJson.MAPPER.valueToTree(document.info());
            node.put("text", document.text());
            send(response, HttpServletResponse.SC_OK, node);
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
            ObjectNode node = WebJson.MAPPER.valueToTree(document);
            node.put("claims", claimCounts.getOrDefault(document.id(), 0L));
            node.put("suggestions", suggestionCounts.getOrDefault(document.id(), 0L));
            array.add(node);
        }
        return array;
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
