package org.atelier.api.claims;

import java.time.Instant;

/**
 * One comment in the thread of notes of a claim.
 *
 * @param author who wrote it
 * @param time   when
 * @param text   what
 */
public record Note(String author, Instant time, String text) {
    public Note {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an empty note");
        }
    }
}
