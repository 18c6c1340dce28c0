package org.atelier.web.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimConflictException;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.web.events.EventHub;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/claims}: list, read, record, change (with the version read, so that no change is lost), link and
 * remove claims. Each change is told to open pages as a {@code claims} event.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/claims", "/api/claims/*"})
public final class ClaimsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient ClaimService claims;
    private final transient DocumentStore store;
    private final transient EventHub events;

    @Activate
    public ClaimsServlet(@Reference ClaimService claims, @Reference DocumentStore store, @Reference EventHub events,
            @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.claims = claims;
        this.store = store;
        this.events = events;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.isEmpty()) {
            send(response, HttpServletResponse.SC_OK, claims.list(filter(request)));
        } else if (path.size() == 1) {
            sendClaim(response, HttpServletResponse.SC_OK, claim(path.get(0)));
        } else {
            throw ApiException.notFound("no such address: " + request.getRequestURI());
        }
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        RequestBody body = RequestBody.of(request);
        if (path.isEmpty()) {
            Claim added = Claims.call(() -> claims.add(newClaim(body)));
            ClaimEvents.changed(events, added.id());
            response.setHeader("Location", "/api/claims/" + added.id());
            sendClaim(response, HttpServletResponse.SC_CREATED, added);
        } else if (path.size() == 2 && path.get(1).equals("links")) {
            String target = body.requiredText("target");
            LinkType type = Claims.call(() -> LinkType.parse(body.requiredText("type")));
            Claim linked = Claims.call(() -> claims.link(claim(path.get(0)).id(), claim(target).id(), type));
            ClaimEvents.changed(events, linked.id(), target);
            sendClaim(response, HttpServletResponse.SC_OK, linked);
        } else {
            throw notAllowed(request);
        }
    }

    @Override
    protected void patch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw notAllowed(request);
        }
        long version = Claims.version(request.getHeader("If-Match"));
        ClaimEdit edit = edit(RequestBody.of(request));
        Claim changed;
        try {
            changed = Claims.call(() -> claims.update(path.get(0), version, edit));
        } catch (ClaimConflictException e) {
            throw new ApiException(HttpServletResponse.SC_CONFLICT, e.getMessage(),
                    Map.of("current", claim(path.get(0))));
        }
        ClaimEvents.changed(events, changed.id());
        sendClaim(response, HttpServletResponse.SC_OK, changed);
    }

    @Override
    protected void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw notAllowed(request);
        }
        Claim removed = Claims.call(() -> claims.remove(path.get(0)));
        ClaimEvents.removed(events, removed);
        send(response, HttpServletResponse.SC_OK, removed);
    }

    private ClaimFilter filter(HttpServletRequest request) {
        String status = parameter(request, "status");
        String doc = parameter(request, "doc");
        return new ClaimFilter(status == null ? null : Claims.call(() -> ClaimStatus.parse(status)),
                doc == null ? null : Documents.resolve(store, doc).id(), parameter(request, "q"),
                parameter(request, "tag"), parameter(request, "group"));
    }

    private NewClaim newClaim(RequestBody body) {
        String docId = Documents.resolve(store, body.requiredText("docId")).id();
        String exact = body.requiredText("exact");
        Integer start = body.integer("start");
        Integer end = body.integer("end");
        TextPositionSelector position = start == null ? null
                : new TextPositionSelector(start, end != null ? end : start + exact.codePointCount(0, exact.length()));
        String status = body.text("status");
        return new NewClaim(docId, new TextQuoteSelector(exact, null, null), position, body.text("claimant"),
                body.text("subject"), null, body.bool("hedged"), status == null ? null : ClaimStatus.parse(status),
                body.text("statusNote"), body.texts("tags"), body.text("note"), null);
    }

    /** A field present as {@code null} clears it; a field absent leaves it as it is. */
    private static ClaimEdit edit(RequestBody body) {
        ClaimEdit edit = ClaimEdit.NONE;
        if (body.has("claimant")) {
            edit = edit.withClaimant(cleared(body.text("claimant")));
        }
        if (body.has("subject")) {
            edit = edit.withSubject(cleared(body.text("subject")));
        }
        if (body.has("statusNote")) {
            edit = edit.withStatusNote(cleared(body.text("statusNote")));
        }
        String status = body.text("status");
        if (status != null) {
            edit = edit.withStatus(Claims.call(() -> ClaimStatus.parse(status)));
        }
        if (body.bool("hedged") != null) {
            edit = edit.withHedged(body.bool("hedged"));
        }
        if (body.has("tags")) {
            List<String> tags = body.texts("tags");
            edit = edit.withTags(tags == null ? List.of() : tags);
        }
        String note = body.text("note");
        if (note != null && !note.isBlank()) {
            edit = edit.withNote(note);
        }
        return edit;
    }

    private static String cleared(String value) {
        return value == null ? "" : value;
    }

    private Claim claim(String id) {
        return claims.get(id).orElseThrow(() -> ApiException.notFound("no claim '" + id + "'"));
    }

    /** A claim, with its version as the entity tag a client sends back in {@code If-Match}. */
    static void sendClaim(HttpServletResponse response, int status, Claim claim) throws IOException {
        response.setHeader("ETag", "\"" + claim.version() + "\"");
        send(response, status, claim);
    }
}
