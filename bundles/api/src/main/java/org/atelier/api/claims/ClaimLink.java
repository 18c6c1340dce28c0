package org.atelier.api.claims;

/**
 * A link from a claim to another.
 *
 * @param type   how the other claim relates to this one
 * @param target the other claim's id
 */
public record ClaimLink(LinkType type, String target) {
    public ClaimLink {
        if (type == null || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a link needs a type and a target");
        }
    }
}
