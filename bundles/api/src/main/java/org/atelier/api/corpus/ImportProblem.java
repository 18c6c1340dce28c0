package org.atelier.api.corpus;

/**
 * One source that was skipped or failed, with the reason in plain words.
 *
 * @param source the file as the user named it, or the part of it ({@code feed.jsonl#12})
 * @param reason why, in one line
 */
public record ImportProblem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
