package org.atelier.api.report;

import java.util.List;

import org.atelier.api.claims.ClaimStatus;

/**
 * How a report's claims were chosen and found: its appendix.
 *
 * @param query       the query, or {@code null}
 * @param statuses    the statuses kept, empty for all
 * @param docId       the document kept, resolved to its full id, or {@code null} for all
 * @param suggesters  the claim suggesters: those installed, and those the report's claims were accepted from, by
 *                    name
 * @param byHand      the claims of the report recorded by hand
 * @param suggested   the claims of the report accepted from suggestions
 * @param generator   what made the report ({@code Atelier 0.1.0})
 */
public record ReportMethod(
        String query,
        List<ClaimStatus> statuses,
        String docId,
        List<Suggester> suggesters,
        int byHand,
        int suggested,
        String generator) {

    public ReportMethod {
        statuses = List.copyOf(statuses);
        suggesters = List.copyOf(suggesters);
    }

    /**
     * A claim suggester, as the method names it.
     *
     * @param name      its name ({@code french-rules})
     * @param bundle    the symbolic name of the bundle that provides it, or {@code null} when it is not installed
     * @param version   the version of that bundle, or {@code null} when it is not installed
     * @param claims    the claims of the report accepted from its suggestions
     */
    public record Suggester(String name, String bundle, String version, int claims) {}
}
