package org.atelier.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.atelier.api.progress.ProgressMonitor;
import org.osgi.annotation.versioning.ProviderType;

/** Builds reports from the claims and documents of the workspace, and writes them in the installed formats. */
@ProviderType
public interface ReportService {
    /** The installed formats, by id. */
    List<ReportFormat> formats();

    /** The installed format with this id. */
    Optional<ReportFormat> format(String id);

    /**
     * The report of {@code scope}. Cheap: the claims are built as {@link Report#claims()} is iterated.
     *
     * @throws IllegalArgumentException when the scope names a document that does not exist, or a prefix that
     *                                  names more than one
     */
    Report report(ReportScope scope);

    /**
     * Writes the report of {@code scope} in {@code format} to {@code out}, reporting each claim written to
     * {@code progress}.
     *
     * @throws IllegalArgumentException when no such format is installed (the message lists those that are), or
     *                                  as {@link #report}
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled
     * @throws IOException              when writing fails
     */
    void export(ReportScope scope, String format, OutputStream out, ProgressMonitor progress) throws IOException;
}
