package org.atelier.web.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.atelier.web.json.WebJson;
import org.osgi.service.log.Logger;

/**
 * A servlet of the JSON API: dispatches on the method, and turns every failure into a status and
 * {@code {"error": "..."}}: an {@link ApiException} as it says, anything else as a {@code 500} whose details go
 * to the log, never to the client.
 */
public abstract class ApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json;charset=UTF-8";

    /** The most of a refused request's body read to keep its connection open. */
    private static final int DRAIN_LIMIT = 64 * 1024;
    private final transient Logger log;

    protected ApiServlet(Logger log) {
        this.log = log;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            decodeQuery(request);
            switch (request.getMethod()) {
                case "GET" -> get(request, response);
                case "POST" -> post(request, response);
                case "PATCH" -> patch(request, response);
                case "DELETE" -> delete(request, response);
                default -> throw notAllowed(request);
            }
        } catch (ApiException e) {
            fail(request, response, e.status(), e.body());
        } catch (UncheckedIOException | IOException e) {
            log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getMessage(), e);
            fail(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    Map.of("error", "the workspace could not be read or written; the log says why"));
        } catch (RuntimeException e) {
            log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            fail(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    Map.of("error", "the workbench failed to answer; the log says why"));
        }
    }

    /**
     * Decodes the query of a request without a body up front: one the container cannot decode (a {@code %} not
     * followed by two hexadecimal digits, bytes that are not UTF-8) is the client's mistake, answered 400, not a
     * failure of the handler that first asks for a parameter. Requests with a body are left alone: decoding their
     * parameters would read a form or an upload before its handler sets its limits.
     */
    private static void decodeQuery(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"DELETE".equals(request.getMethod())) {
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException e) {
            throw ApiException.badRequest("the query of the address could not be decoded: each % must be followed"
                    + " by two hexadecimal digits of UTF-8");
        }
    }

    protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw notAllowed(request);
    }

    protected void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw notAllowed(request);
    }

    protected void patch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw notAllowed(request);
    }

    protected void delete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        throw notAllowed(request);
    }

    protected Logger log() {
        return log;
    }

    /** Writes {@code body} as the JSON answer. */
    public static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        WebJson.MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** The segments of the path after the servlet's own ({@code /api/claims/c1/links}: {@code [c1, links]}). */
    protected static List<String> segments(HttpServletRequest request) {
        String rest = request.getPathInfo();
        if (rest == null || rest.equals("/")) {
            return List.of();
        }
        return Arrays.stream(rest.substring(1).split("/", -1)).toList();
    }

    /** A query parameter, {@code null} when absent or blank. */
    protected static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number parameter, or {@code otherwise} when absent. */
    protected static int number(HttpServletRequest request, String name, int otherwise) {
        String value = parameter(request, name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    protected static ApiException notAllowed(HttpServletRequest request) {
        return new ApiException(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                request.getMethod() + " is not allowed on " + request.getRequestURI());
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, int status, Map<String, Object> body)
            throws IOException {
        if (response.isCommitted()) {
            return; // part of the answer is gone already: the client sees it cut short
        }
        response.resetBuffer();
        if (!drained(request)) {
            // The body the request was refused for is still coming: the server will not read on, so say it
            // closes, or a client that reuses the connection for its next request sees it fail.
            response.setHeader("Connection", "close");
        }
        send(response, status, body);
    }

    /** Reads what is left of a small request body; {@code false} when it is large, or cannot be read. */
    private static boolean drained(HttpServletRequest request) {
        try {
            return request.getInputStream().readNBytes(DRAIN_LIMIT).length < DRAIN_LIMIT;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
