package org.atelier.api.report;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A report, as every format shows it: its title, scope and date, a summary of the corpus, each claim with its
 * quote in context, its document, claimant, figures, hedging, status and notes, and the claims of other articles
 * that corroborate or contradict it; an index of the documents; an appendix with the method.
 *
 * <p>The claims are not held: {@link #claims()} builds each as it is asked for, so that a report of any size
 * takes bounded memory. Everything is in a stable order (documents by title then id, claims by document then
 * position), so that the same claims make the same report.
 */
@ProviderType
public interface Report {
    /** The scope asked for. */
    ReportScope scope();

    /** The report's title. */
    String title();

    /** When the report was made: the scope's date, or the moment it was built. */
    Instant date();

    /** The numbers of the corpus and of the report. */
    CorpusSummary corpus();

    /** The documents the report's claims are anchored in, in the order their claims come; the index. */
    List<ReportDocument> documents();

    /**
     * The claims in scope, by document (in the order of {@link #documents()}) then position. Each iteration builds
     * them anew, one at a time.
     *
     * @throws java.util.concurrent.CancellationException from the iterator, when the export was cancelled
     */
    Iterable<ReportClaim> claims();

    /** How the claims were chosen and found: the appendix. */
    ReportMethod method();
}
