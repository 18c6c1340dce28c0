package org.atelier.api.claims;

import java.util.List;

/**
 * A claim to record. It is anchored by {@code quote}: its exact text must occur in the document (typographic
 * apostrophes and quotation marks, and runs of white space, may be typed plainly), once, or once with the
 * prefix and suffix given, or at {@code position} when that is given.
 *
 * @param docId      the document, current version
 * @param quote      the quoted text, with optional context
 * @param position   where the quote starts and ends, or {@code null} to find it
 * @param claimant   who asserts it, or {@code null}
 * @param subject    what it is about, or {@code null}
 * @param figures    its figures, or {@code null} to read them from the quote
 * @param hedged     whether it is hedged, or {@code null} to judge from the quote
 * @param status     its status, or {@code null} for {@link ClaimStatus#UNVERIFIED}
 * @param statusNote why it has that status, or {@code null}
 * @param tags       its tags, or {@code null}
 * @param note       a first note, or {@code null}
 * @param author     who records it, or {@code null} for the user running Atelier
 */
public record NewClaim(
        String docId,
        TextQuoteSelector quote,
        TextPositionSelector position,
        String claimant,
        String subject,
        List<Figure> figures,
        Boolean hedged,
        ClaimStatus status,
        String statusNote,
        List<String> tags,
        String note,
        String author) {

    public NewClaim {
        if (docId == null || quote == null) {
            throw new IllegalArgumentException("a claim needs a document and a quote");
        }
        figures = figures == null ? null : List.copyOf(figures);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A claim quoting {@code exact} in the document, everything else left to defaults. */
    public static NewClaim quoting(String docId, String exact) {
        return new NewClaim(docId, new TextQuoteSelector(exact, "", ""), null, null, null, null, null, null, null,
                null, null, null);
    }

    public NewClaim withPosition(TextPositionSelector position) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }

    public NewClaim withClaimant(String claimant) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }

    public NewClaim withStatus(ClaimStatus status) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }

    public NewClaim withTags(List<String> tags) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }

    public NewClaim withNote(String note) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }

    public NewClaim withAuthor(String author) {
        return new NewClaim(docId, quote, position, claimant, subject, figures, hedged, status, statusNote, tags,
                note, author);
    }
}
