package org.atelier.api.corpus;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported  documents stored by this import (new, or new versions of changed sources)
 * @param unchanged documents that were already stored with the same content
 * @param skipped   sources passed over on purpose (empty, unsupported format, already visited)
 * @param failed    sources that could not be imported (missing, unreadable, binary, too large, invalid)
 * @param duplicates sources whose content was already stored from another path: recorded as further paths of
 *                  that document (since 1.2)
 */
public record ImportSummary(
        List<DocumentInfo> imported,
        List<DocumentInfo> unchanged,
        List<ImportProblem> skipped,
        List<ImportProblem> failed,
        List<ImportDuplicate> duplicates) {

    public ImportSummary {
        imported = List.copyOf(imported);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
        duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
    }

    /** An import that found no duplicates, as summaries of 1.1 were. */
    public ImportSummary(List<DocumentInfo> imported, List<DocumentInfo> unchanged, List<ImportProblem> skipped,
            List<ImportProblem> failed) {
        this(imported, unchanged, skipped, failed, List.of());
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
