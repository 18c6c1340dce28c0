package org.atelier.api.claims;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The claims of the workspace. Every change is durable when the method returns: it survives the process being
 * killed. Claims follow their documents: when a source is imported again changed, its claims are anchored anew
 * by quote and context, and those whose text is gone are kept, {@linkplain Claim#orphaned() orphaned}.
 */
@ProviderType
public interface ClaimService {
    /**
     * Records a claim.
     *
     * @throws IllegalArgumentException when there is no such document
     * @throws AnchorException          when the quote is not in the document, or is in it more than once and
     *                                  nothing tells which
     */
    Claim add(NewClaim claim);

    /** The claim with this id. */
    Optional<Claim> get(String id);

    /** The claims that pass {@code filter}, by document then position. */
    List<Claim> list(ClaimFilter filter);

    /**
     * Changes a claim, if it is still at {@code expectedVersion}: an edit based on a claim someone else changed
     * meanwhile is refused rather than lost.
     *
     * @throws ClaimNotFoundException when there is no such claim
     * @throws ClaimConflictException when the claim is no longer at {@code expectedVersion}
     */
    Claim update(String id, long expectedVersion, ClaimEdit edit);

    /**
     * Links two claims both ways ({@code a} relates to {@code b} as {@code b} to {@code a}); linking them again
     * with the same type changes nothing.
     *
     * @return the first claim, with its new link
     * @throws ClaimNotFoundException when either claim does not exist
     * @throws IllegalArgumentException when {@code a} and {@code b} are the same claim
     */
    Claim link(String a, String b, LinkType type);

    /**
     * Removes a claim, and the links of other claims to it.
     *
     * @return the claim removed
     * @throws ClaimNotFoundException when there is no such claim
     */
    Claim remove(String id);

    /**
     * The suggestions for one document, or for every current document when {@code docId} is {@code null}, by
     * document then position, grouped across documents.
     *
     * @throws IllegalArgumentException when there is no such document
     */
    List<Suggestion> suggestions(String docId);

    /** The suggestion with this id, as {@link #suggestions} gives it. */
    Optional<Suggestion> suggestion(String id);

    /**
     * Records a suggestion as a claim, keeping its claimant, figures, hedging, group and reasons. Accepting a
     * suggestion again gives the claim it was accepted as.
     *
     * @param author who accepts it, or {@code null} for the user running Atelier
     * @throws ClaimNotFoundException when there is no such suggestion
     */
    Claim accept(String suggestionId, String author);
}
