package org.atelier.api.report;

import java.util.List;

import org.atelier.api.claims.Claim;

/**
 * One claim of a report, with what a reader needs around it.
 *
 * @param number        its rank in the report, from 1
 * @param claim         the claim: quote and anchor, claimant, figures, hedging, status and note, notes, links
 * @param document      the document it is anchored in
 * @param before        the text of the document just before the quote, up to the start of its paragraph or a
 *                      few hundred characters (cut at a word), or the quote's prefix when the document is gone
 * @param after         the text just after the quote, likewise
 * @param corroborating claims of other articles that support it: linked as corroborating, or of its group
 * @param contradicting claims of other articles linked as contradicting it
 * @param page          the page of the document the quote starts on, from 1, or {@code 0} when the document has
 *                      no pages (since 1.1)
 */
public record ReportClaim(
        int number,
        Claim claim,
        ReportDocument document,
        String before,
        String after,
        List<RelatedClaim> corroborating,
        List<RelatedClaim> contradicting,
        int page) {

    public ReportClaim {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        corroborating = List.copyOf(corroborating);
        contradicting = List.copyOf(contradicting);
    }

    /** A claim of a document without pages, as in 1.0. */
    public ReportClaim(int number, Claim claim, ReportDocument document, String before, String after,
            List<RelatedClaim> corroborating, List<RelatedClaim> contradicting) {
        this(number, claim, document, before, after, corroborating, contradicting, 0);
    }

    /** The quoted text. */
    public String quote() {
        return claim.text();
    }
}
