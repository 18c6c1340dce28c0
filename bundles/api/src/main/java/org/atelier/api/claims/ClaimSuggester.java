package org.atelier.api.claims;

import java.util.List;

import org.atelier.api.corpus.Document;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Proposes claims in a document: the extension point for claim suggestion. Register an implementation as a
 * service (whiteboard), with {@link #NAME}; the claim service asks every suggester installed and merges what
 * they propose (of two overlapping proposals, the more confident is kept).
 */
@ConsumerType
public interface ClaimSuggester {
    /** Service property: the suggester's name, shown with its suggestions ({@code french-rules}). */
    String NAME = "atelier.suggester.name";

    /**
     * The claims proposed in {@code document}, in any order. Called again for the same document whenever
     * suggestions are asked for: it must give the same answer for the same text.
     */
    List<SuggestedClaim> suggest(Document document);
}
