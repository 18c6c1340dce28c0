package org.atelier.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.atelier.web.json.WebJson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON object of a request, read field by field so that a field of the wrong type is a {@code 400} that
 * names it. A field absent and a field {@code null} differ: {@link #has} tells them apart.
 */
public final class RequestBody {
    private final JsonNode node;

    private RequestBody(JsonNode node) {
        this.node = node;
    }

    /** The body of {@code request}; an empty body is an empty object. */
    public static RequestBody of(HttpServletRequest request) throws IOException {
        JsonNode node;
        try {
            node = WebJson.MAPPER.readTree(request.getInputStream());
        } catch (JacksonException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return new RequestBody(WebJson.MAPPER.createObjectNode());
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return new RequestBody(node);
    }

    /** Whether the field is there, {@code null} or not. */
    public boolean has(String field) {
        return node.has(field);
    }

    /** A text field, {@code null} when absent or {@code null}. */
    public String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, "a string");
        }
        return value.asText();
    }

    /** A text field that must be there and not blank. */
    public String requiredText(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("give " + field);
        }
        return value;
    }

    /** A whole number field, {@code null} when absent or {@code null}. */
    public Integer integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(field, "a whole number");
        }
        return value.intValue();
    }

    /** A boolean field, {@code null} when absent or {@code null}. */
    public Boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(field, "true or false");
        }
        return value.booleanValue();
    }

    /** An array of strings, {@code null} when absent or {@code null}. */
    public List<String> texts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw wrongType(field, "an array of strings");
            }
            texts.add(element.asText());
        }
        return texts;
    }

    private static ApiException wrongType(String field, String expected) {
        return ApiException.badRequest(field + " must be " + expected);
    }
}
