package org.atelier.web.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Every {@code /api/} address no other servlet takes. Each servlet of the API is registered only while the
 * services it needs are there; without them, its address falls here and says which feature is missing.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/*")
public final class MissingFeatureServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** The first segment after {@code /api/}, and the feature that serves it. */
    private static final Map<String, String> FEATURES = Map.of(
            "documents", "corpus",
            "imports", "corpus",
            "search", "search",
            "claims", "claims",
            "suggestions", "claims",
            "reports", "report");

    @Activate
    public MissingFeatureServlet(@Reference(service = LoggerFactory.class) Logger log) {
        super(log);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String first = segments(request).stream().findFirst().orElse("");
        String feature = FEATURES.get(first);
        if (feature != null) {
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    Map.of("error", feature + " is not installed"));
        } else {
            send(response, HttpServletResponse.SC_NOT_FOUND,
                    Map.of("error", "no such address: " + request.getRequestURI()));
        }
    }
}
