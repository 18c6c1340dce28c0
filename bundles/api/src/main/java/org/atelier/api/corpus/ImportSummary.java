package org.atelier.api.corpus;

import java.util.List;

/**
 * What an import did.
 *
 * @param imported  documents stored by this import (new, or new versions of changed sources)
 * @param unchanged documents that were already stored with the same content
 * @param skipped   sources passed over on purpose (empty, unsupported format, already visited)
 * @param failed    sources that could not be imported (missing, unreadable, binary, too large, invalid)
 */
public record ImportSummary(
        List<DocumentInfo> imported,
        List<DocumentInfo> unchanged,
        List<ImportProblem> skipped,
        List<ImportProblem> failed) {

    public ImportSummary {
        imported = List.copyOf(imported);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
