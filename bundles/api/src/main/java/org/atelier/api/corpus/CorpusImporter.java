package org.atelier.api.corpus;

import java.nio.file.Path;
import java.util.List;

import org.atelier.api.progress.ProgressMonitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings files, folders (recursively) and archives into the store, through the {@link DocumentReader}s
 * installed. A file that fails does not stop the import: it is reported in the summary.
 */
@ProviderType
public interface CorpusImporter {
    ImportSummary importPaths(List<Path> sources, ProgressMonitor monitor);
}
