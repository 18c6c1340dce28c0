package org.atelier.web.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.web.events.EventHub;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code /api/suggestions}: the claims the suggesters propose, and accepting one as a claim. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/suggestions", "/api/suggestions/*"})
public final class SuggestionsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient ClaimService claims;
    private final transient DocumentStore store;
    private final transient EventHub events;

    @Activate
    public SuggestionsServlet(@Reference ClaimService claims, @Reference DocumentStore store,
            @Reference EventHub events, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.claims = claims;
        this.store = store;
        this.events = events;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            throw ApiException.notFound("no such address: " + request.getRequestURI());
        }
        String doc = parameter(request, "doc");
        String docId = doc == null ? null : Documents.resolve(store, doc).id();
        send(response, HttpServletResponse.SC_OK, Claims.call(() -> claims.suggestions(docId)));
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 2 || !path.get(1).equals("accept")) {
            throw notAllowed(request);
        }
        String id = path.get(0);
        Optional<Suggestion> before = claims.suggestion(id);
        Claim claim = Claims.call(() -> claims.accept(id, null));
        boolean created = before.isEmpty() || before.get().claim() == null;
        if (created) {
            ClaimEvents.changed(events, claim.id());
        }
        ClaimsServlet.sendClaim(response, created ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_OK, claim);
    }
}
