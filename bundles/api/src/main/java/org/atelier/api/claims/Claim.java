package org.atelier.api.claims;

import java.time.Instant;
import java.util.List;

/**
 * A claim: a span of a document that asserts something, who asserts it, and where the checking of it stands.
 * Claims are values: a change makes a new claim with the next {@code version}.
 *
 * @param id        short id, unique in the workspace ({@code c12})
 * @param docId     the document the claim is anchored in: the current version of its source, or for an
 *                  orphaned claim the last version that held its text
 * @param docPath   the source path of that document
 * @param quote     the span by content: exact text and context
 * @param position  the span by position, in code points of the document's text
 * @param claimant  who asserts it (a person, an organisation, an outlet, {@code sources anonymes}), or
 *                  {@code null} when the text is the author's own
 * @param subject   what it is about, or {@code null}
 * @param figures   the figures it states, normalised
 * @param hedged    whether the wording is hedged: conditional mood, "s'apprête à", anonymous sources
 * @param status    where its checking stands
 * @param statusNote why it has that status, or {@code null}
 * @param tags      free labels, sorted, without duplicates
 * @param notes     the thread of comments, oldest first
 * @param author    who recorded the claim
 * @param created   when it was recorded
 * @param updated   when it last changed
 * @param links     links to other claims
 * @param version   1 when recorded, one more at each change: the version an update must name
 * @param orphaned  whether its text is gone from the current version of its document (or the document was
 *                  removed); an orphaned claim is kept with its last anchor
 * @param group     the id of the group of claims and suggestions across documents that state the same thing,
 *                  or {@code null}
 * @param origin    the suggestion it was accepted from, or {@code null} for a claim recorded by hand
 */
public record Claim(
        String id,
        String docId,
        String docPath,
        TextQuoteSelector quote,
        TextPositionSelector position,
        String claimant,
        String subject,
        List<Figure> figures,
        boolean hedged,
        ClaimStatus status,
        String statusNote,
        List<String> tags,
        List<Note> notes,
        String author,
        Instant created,
        Instant updated,
        List<ClaimLink> links,
        long version,
        boolean orphaned,
        String group,
        Origin origin) {

    public Claim {
        figures = List.copyOf(figures);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
    }

    /** The quoted text. */
    public String text() {
        return quote.exact();
    }
}
