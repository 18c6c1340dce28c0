package org.atelier.corpus.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.api.corpus.CorpusImporter;
import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ImportProblem;
import org.atelier.api.corpus.ImportSummary;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.corpus.store.WorkspaceDocumentStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Imports files, folders and zip archives with the {@link DocumentReader} services installed (a whiteboard: a
 * plugin adds a format by registering one), into the {@link WorkspaceDocumentStore}.
 */
@Component(service = CorpusImporter.class, configurationPid = FileImporter.PID)
@Designate(ocd = ImportSettings.class)
public class FileImporter implements CorpusImporter {
    /** The configuration of the import limits. */
    public static final String PID = "org.atelier.corpus.import";

    private final WorkspaceDocumentStore store;
    private final Logger log;
    private final ReaderRegistry readers = new ReaderRegistry();
    private volatile Limits limits;

    @Activate
    public FileImporter(@Reference WorkspaceDocumentStore store,
            @Reference(service = LoggerFactory.class) Logger log, ImportSettings settings) {
        this(store, log, Limits.of(settings));
    }

    FileImporter(WorkspaceDocumentStore store, Logger log, Limits limits) {
        this.store = store;
        this.log = log;
        this.limits = limits;
    }

    @Modified
    void modified(ImportSettings settings) {
        limits = Limits.of(settings);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addReader(DocumentReader reader, Map<String, Object> properties) {
        readers.add(reader, properties);
    }

    public void removeReader(DocumentReader reader) {
        readers.remove(reader);
    }

    @Override
    public ImportSummary importPaths(List<Path> sources, ProgressMonitor monitor) {
        return new ImportRun(store, readers.snapshot(), limits, monitor == null ? ProgressMonitor.NONE : monitor, log)
                .run(sources);
    }

    /**
     * Whether a problem is no news to the user: a file without a reader, found inside a folder or an archive
     * rather than named, is passed over quietly (still counted as skipped).
     */
    public static boolean isQuiet(ImportProblem problem, List<Path> named) {
        return problem.reason().startsWith(ImportRun.NO_READER)
                && named.stream().noneMatch(path -> path.toString().equals(problem.source()));
    }
}
