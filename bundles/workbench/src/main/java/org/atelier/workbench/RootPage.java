package org.atelier.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The workbench window at the server's root ({@code /}): {@code static/index.html} of this bundle. Registered as
 * the default servlet ({@code /}, which the HTTP Whiteboard reaches for any path no other servlet or resource
 * claims), it answers the root only: any other unclaimed path stays a 404.
 */
@Component(service = Servlet.class, immediate = true)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletName("atelier-workbench-root")
public final class RootPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/static/index.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/") && !path.equals("/index.html")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = RootPage.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] page = in.readAllBytes();
            response.setContentType("text/html; charset=UTF-8");
            response.setContentLength(page.length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(page);
            }
        }
    }
}
