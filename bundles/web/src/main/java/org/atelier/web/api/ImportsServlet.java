package org.atelier.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.atelier.web.imports.ImportJobs;
import org.atelier.web.imports.ImportState;
import org.atelier.web.imports.UploadFolder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code POST /api/imports}: files uploaded as {@code multipart/form-data} ({@code file} parts), imported in the
 * background; {@code GET /api/imports/{id}}: how that import stands.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/api/imports", "/api/imports/*"})
@HttpWhiteboardServletMultipart(maxRequestSize = ImportsServlet.MAX_UPLOAD_BYTES,
        maxFileSize = ImportsServlet.MAX_UPLOAD_BYTES)
public final class ImportsServlet extends ApiServlet {
    private static final long serialVersionUID = 1L;
    /** The most one upload may hold; larger sets import from the command line, which reads them in place. */
    static final long MAX_UPLOAD_BYTES = 1L << 30;
    static final String FILE_PART = "file";

    private final transient ImportJobs jobs;

    @Activate
    public ImportsServlet(@Reference ImportJobs jobs, @Reference(service = LoggerFactory.class) Logger log) {
        super(log);
        this.jobs = jobs;
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> path = segments(request);
        if (path.size() != 1) {
            throw ApiException.notFound("no such address: " + request.getRequestURI());
        }
        ImportState state = jobs.state(path.get(0))
                .orElseThrow(() -> ApiException.notFound("no import '" + path.get(0) + "'"));
        send(response, HttpServletResponse.SC_OK, state);
    }

    @Override
    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!segments(request).isEmpty()) {
            throw notAllowed(request);
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.badRequest("send the files as multipart/form-data, one 'file' part each");
        }
        if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        Collection<Part> parts = parts(request);
        UploadFolder upload = jobs.newUpload();
        try {
            for (Part part : parts) {
                if (FILE_PART.equals(part.getName()) && part.getSubmittedFileName() != null) {
                    try (InputStream content = part.getInputStream()) {
                        upload.add(part.getSubmittedFileName(), content);
                    } finally {
                        part.delete();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            upload.delete();
            throw e;
        }
        if (upload.files().isEmpty()) {
            upload.delete();
            throw ApiException.badRequest("no file uploaded: send one or more 'file' parts");
        }
        ImportState state = jobs.start(upload);
        response.setHeader("Location", "/api/imports/" + state.id());
        send(response, HttpServletResponse.SC_ACCEPTED, state);
    }

    private static Collection<Part> parts(HttpServletRequest request) throws IOException {
        try {
            return request.getParts();
        } catch (IOException | ServletException | IllegalStateException e) {
            if (overLimit(e)) {
                throw tooLarge();
            }
            throw ApiException.badRequest("the upload could not be read as multipart/form-data");
        }
    }

    /** Whether parsing stopped at the size limit: the multipart parser of the HTTP bundle says so by its cause. */
    static boolean overLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the upload is over "
                + (MAX_UPLOAD_BYTES >> 20) + " MB; import larger sets with bin/atelier import, which reads them in place");
    }
}
