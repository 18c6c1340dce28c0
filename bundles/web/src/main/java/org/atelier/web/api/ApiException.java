package org.atelier.web.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A request the API answers with an error: its status and one line in plain words, plus fields of its own
 * ({@code column} of a query error, {@code current} of a conflict). Expected, so it carries no stack trace.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final transient Map<String, Object> fields;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, Object> fields) {
        super(message, null, false, false);
        this.status = status;
        this.fields = Map.copyOf(fields);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpServletResponse.SC_BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpServletResponse.SC_NOT_FOUND, message);
    }

    public int status() {
        return status;
    }

    /** The JSON body: {@code error} first, then the fields of this error. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.putAll(fields);
        return body;
    }
}
