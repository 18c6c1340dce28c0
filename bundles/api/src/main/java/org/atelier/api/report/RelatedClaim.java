package org.atelier.api.report;

import org.atelier.api.claims.ClaimStatus;

/**
 * A claim of another article that bears on a claim of the report.
 *
 * @param id            its id
 * @param text          its quoted text
 * @param claimant      who asserts it, or {@code null}
 * @param status        where its checking stands
 * @param docId         its document
 * @param documentTitle the title of its document
 * @param linked        {@code true} when linked to the claim by hand, {@code false} when found by its group (it
 *                      states the same thing)
 */
public record RelatedClaim(
        String id,
        String text,
        String claimant,
        ClaimStatus status,
        String docId,
        String documentTitle,
        boolean linked) {}
