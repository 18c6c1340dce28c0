package org.atelier.api.claims;

import java.util.List;

/**
 * A proposed claim, as {@link ClaimService#suggestions} returns it: what a suggester proposed, anchored, with
 * an id that stays the same from one run to the next (it is made of the document id and the span) and the
 * group of suggestions and claims of other documents that state the same thing.
 *
 * @param id         stable id, for {@link ClaimService#accept}
 * @param docId      the document
 * @param docPath    its source path
 * @param quote      the span by content
 * @param position   the span by position, in code points
 * @param claimant   who asserts it, or {@code null}
 * @param subject    what it is about, or {@code null}
 * @param figures    its figures
 * @param hedged     whether the wording is hedged
 * @param confidence from 0 to 1
 * @param reasons    why it was proposed
 * @param group      its group across documents, or {@code null} when nothing else states the same thing
 * @param suggester  the name of the suggester that proposed it
 * @param claim      the id of the claim it was accepted as, or {@code null}
 */
public record Suggestion(
        String id,
        String docId,
        String docPath,
        TextQuoteSelector quote,
        TextPositionSelector position,
        String claimant,
        String subject,
        List<Figure> figures,
        boolean hedged,
        double confidence,
        List<String> reasons,
        String group,
        String suggester,
        String claim) {

    public Suggestion {
        figures = List.copyOf(figures);
        reasons = List.copyOf(reasons);
    }

    /** The quoted text. */
    public String text() {
        return quote.exact();
    }
}
