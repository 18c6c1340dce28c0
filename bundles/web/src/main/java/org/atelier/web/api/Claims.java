package org.atelier.web.api;

import java.util.function.Supplier;

import org.atelier.api.claims.ClaimNotFoundException;

/** What the claims servlets share: the service's exceptions as answers, and versions as entity tags. */
final class Claims {
    private Claims() {}

    /**
     * Runs a call to the claim service: an unknown claim or suggestion is a {@code 404}; a quote not in the
     * document, a bad status or link type, a bad span is a {@code 400}. A conflict is left to the caller, which
     * answers it with the claim as it is now.
     */
    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ClaimNotFoundException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The version an {@code If-Match} header names: {@code 3}, {@code "3"} or {@code W/"3"}. */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.badRequest("give the claim's version in the If-Match header");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match must be the claim's version, not '" + ifMatch + "'");
        }
    }
}
