package org.atelier.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.ReportFormat;
import org.atelier.api.report.ReportScope;
import org.atelier.api.report.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/reports}: the report of the claims in scope, in an installed format, streamed as a download
 * or inline for the preview.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/reports")
public final class ReportsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /**
     * A report holds the documents' text: shown inline, it runs no script, loads nothing and stays in an origin of
     * its own, whatever an exporter wrote.
     */
    private static final String INLINE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:";

    private final transient ReportService reports;

    @Activate
    public ReportsServlet(@Reference ReportService reports, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.reports = reports;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = parameter(request, "format");
        if (id == null) {
            throw ApiException.badRequest("give a format: format=html (GET /api/contributions lists them)");
        }
        ReportFormat format = reports.format(id).orElseThrow(() -> ApiException.badRequest("no report format '" + id
                + "' (installed: " + String.join(", ", reports.formats().stream().map(ReportFormat::id).toList())
                + ")"));
        ReportScope scope = new ReportScope(parameter(request, "q"), statuses(request), parameter(request, "doc"),
                null);
        try {
            reports.report(scope); // cheap: checks the scope before the first byte goes out
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        boolean inline = "true".equals(parameter(request, "inline"));
        String fileName = "atelier-report." + format.extension();
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition",
                (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"");
        if (inline) {
            response.setHeader("Content-Security-Policy", INLINE_POLICY);
        }
        ServletOutputStream out = response.getOutputStream();
        try {
            reports.export(scope, format.id(), out, ProgressMonitor.NONE);
        } catch (CancellationException e) {
            throw new IOException("the report was cancelled", e);
        }
        out.flush();
    }

    /** {@code status} repeated or comma-separated. */
    private static List<ClaimStatus> statuses(HttpServletRequest request) {
        String[] values = request.getParameterValues("status");
        List<ClaimStatus> statuses = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String label : value.split(",")) {
                    if (!label.isBlank()) {
                        statuses.add(Claims.call(() -> ClaimStatus.parse(label)));
                    }
                }
            }
        }
        return statuses;
    }
}
