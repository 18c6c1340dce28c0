package org.atelier.web.api;

import java.io.IOException;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.runtime.RuntimeInspector;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** {@code GET /api/status}: the report of {@code status --json}, from the same service. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/status")
public final class StatusServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeInspector runtime;

    @Activate
    public StatusServlet(@Reference RuntimeInspector runtime, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.runtime = runtime;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, HttpServletResponse.SC_OK, runtime.report());
    }
}
