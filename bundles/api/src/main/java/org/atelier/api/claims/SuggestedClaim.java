package org.atelier.api.claims;

import java.util.List;

/**
 * What a {@link ClaimSuggester} proposes in one document.
 *
 * @param position   the span, in code points of the document's text (see
 *                   {@link TextPositionSelector#ofUtf16} to convert from Java indexes)
 * @param claimant   who asserts it, or {@code null}
 * @param subject    what it is about, or {@code null}
 * @param figures    the figures it states
 * @param hedged     whether the wording is hedged
 * @param confidence how likely this is a claim worth recording, from 0 to 1
 * @param reasons    why it was proposed, one short phrase per cue ({@code attribution: "selon The Information"})
 */
public record SuggestedClaim(
        TextPositionSelector position,
        String claimant,
        String subject,
        List<Figure> figures,
        boolean hedged,
        double confidence,
        List<String> reasons) {

    public SuggestedClaim {
        if (position == null) {
            throw new IllegalArgumentException("a suggestion needs a span");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be from 0 to 1, not " + confidence);
        }
        figures = List.copyOf(figures);
        reasons = List.copyOf(reasons);
    }
}
