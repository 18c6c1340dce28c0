package org.atelier.web.imports;

import java.util.List;

/**
 * An import as {@code /api/imports} and the {@code import} events show it.
 *
 * @param id        the import's id
 * @param state     {@code running}, {@code done} or {@code failed}
 * @param done      the files read so far
 * @param total     the files to read, {@code 0} until known
 * @param file      the file being read, as uploaded, or {@code null}
 * @param imported  documents stored
 * @param unchanged documents already stored with the same text
 * @param duplicates files whose text was already stored from another path: kept as further paths of that document
 * @param skipped   files passed over on purpose
 * @param failed    files that could not be imported
 * @param problems  one per skipped or failed file
 * @param error     why the whole import failed, else {@code null}
 */
public record ImportState(String id, String state, int done, int total, String file, int imported, int unchanged,
        int duplicates, int skipped, int failed, List<Problem> problems, String error) {
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public ImportState {
        problems = List.copyOf(problems);
    }

    /** A file skipped ({@code failed} false) or failed, named as uploaded, and why. */
    public record Problem(String source, String reason, boolean failed) {}
}
