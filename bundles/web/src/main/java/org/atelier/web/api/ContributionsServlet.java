package org.atelier.web.api;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.web.contributions.ContributionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/contributions}: the views, commands and report formats installed. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/contributions")
public final class ContributionsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient ContributionRegistry registry;

    @Activate
    public ContributionsServlet(@Reference ContributionRegistry registry,
            @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.registry = registry;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, HttpServletResponse.SC_OK, registry.current());
    }
}
