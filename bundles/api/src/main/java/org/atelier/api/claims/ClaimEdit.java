package org.atelier.api.claims;

import java.util.List;

/**
 * Changes to a claim. A {@code null} field leaves the claim's field as it is; an empty string clears a text
 * field. Start from {@link #NONE} and add the changes wanted.
 *
 * @param claimant   the new claimant
 * @param subject    the new subject
 * @param status     the new status
 * @param statusNote the new note on the status
 * @param hedged     whether the claim is hedged
 * @param tags       the tags, replacing all
 * @param addTags    tags to add
 * @param removeTags tags to remove
 * @param group      the new group
 * @param note       a comment to add to the thread of notes, or {@code null}
 * @param author     who makes the change (the author of {@code note}), or {@code null} for the user running
 *                   Atelier
 */
public record ClaimEdit(
        String claimant,
        String subject,
        ClaimStatus status,
        String statusNote,
        Boolean hedged,
        List<String> tags,
        List<String> addTags,
        List<String> removeTags,
        String group,
        String note,
        String author) {

    /** No change. */
    public static final ClaimEdit NONE =
            new ClaimEdit(null, null, null, null, null, null, List.of(), List.of(), null, null, null);

    public ClaimEdit {
        tags = tags == null ? null : List.copyOf(tags);
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
    }

    public ClaimEdit withClaimant(String claimant) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withSubject(String subject) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withStatus(ClaimStatus status) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withStatusNote(String statusNote) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withHedged(Boolean hedged) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withTags(List<String> tags) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withAddedTag(String tag) {
        List<String> more = new java.util.ArrayList<>(addTags);
        more.add(tag);
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, more, removeTags, group, note,
                author);
    }

    public ClaimEdit withRemovedTag(String tag) {
        List<String> more = new java.util.ArrayList<>(removeTags);
        more.add(tag);
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, more, group, note,
                author);
    }

    public ClaimEdit withGroup(String group) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withNote(String note) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    public ClaimEdit withAuthor(String author) {
        return new ClaimEdit(claimant, subject, status, statusNote, hedged, tags, addTags, removeTags, group, note,
                author);
    }

    /** Whether this changes nothing. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
