package org.atelier.api.claims;

/**
 * Which claims to list. A {@code null} field does not filter.
 *
 * @param status   only claims with this status
 * @param docId    only claims of this document: anchored in it, or orphaned from an earlier version of its
 *                 source
 * @param query    only claims that match: in the search syntax when a search service is installed (a claim
 *                 matches when a match falls in its span), and always as text found, ignoring case and accents,
 *                 in its quote, claimant, subject, tags or notes
 * @param tag      only claims with this tag
 * @param group    only claims of this group
 */
public record ClaimFilter(ClaimStatus status, String docId, String query, String tag, String group) {
    /** Every claim. */
    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null);

    public ClaimFilter withStatus(ClaimStatus status) {
        return new ClaimFilter(status, docId, query, tag, group);
    }

    public ClaimFilter withDocId(String docId) {
        return new ClaimFilter(status, docId, query, tag, group);
    }

    public ClaimFilter withQuery(String query) {
        return new ClaimFilter(status, docId, query, tag, group);
    }

    public ClaimFilter withTag(String tag) {
        return new ClaimFilter(status, docId, query, tag, group);
    }

    public ClaimFilter withGroup(String group) {
        return new ClaimFilter(status, docId, query, tag, group);
    }
}
