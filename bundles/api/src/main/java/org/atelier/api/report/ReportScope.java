package org.atelier.api.report;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.atelier.api.claims.ClaimStatus;

/**
 * Which claims a report holds, and its date. A {@code null} or empty field does not filter.
 *
 * @param query    only claims that match, as {@link org.atelier.api.claims.ClaimFilter#query()} matches
 * @param statuses only claims with one of these statuses; in the order of {@link ClaimStatus}, without
 *                 duplicates
 * @param docId    only claims of this document (an id, or the first characters of one)
 * @param date     the report's date, or {@code null} for the moment it is built
 */
public record ReportScope(String query, List<ClaimStatus> statuses, String docId, Instant date) {
    /** Every claim, dated when built. */
    public static final ReportScope ALL = new ReportScope(null, List.of(), null, null);

    public ReportScope {
        query = query == null || query.isBlank() ? null : query.strip();
        docId = docId == null || docId.isBlank() ? null : docId.strip();
        Set<ClaimStatus> set = EnumSet.noneOf(ClaimStatus.class);
        if (statuses != null) {
            set.addAll(statuses);
        }
        statuses = List.copyOf(set);
    }

    public ReportScope withQuery(String query) {
        return new ReportScope(query, statuses, docId, date);
    }

    public ReportScope withStatuses(List<ClaimStatus> statuses) {
        return new ReportScope(query, statuses, docId, date);
    }

    public ReportScope withDocId(String docId) {
        return new ReportScope(query, statuses, docId, date);
    }

    public ReportScope withDate(Instant date) {
        return new ReportScope(query, statuses, docId, date);
    }

    /** Whether a claim with this status is in scope. */
    public boolean admits(ClaimStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }
}
