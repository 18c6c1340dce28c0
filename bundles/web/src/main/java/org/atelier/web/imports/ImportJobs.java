package org.atelier.web.imports;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.atelier.api.corpus.CorpusImporter;
import org.atelier.api.corpus.ImportProblem;
import org.atelier.api.corpus.ImportSummary;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.workspace.Workspace;
import org.atelier.web.events.EventHub;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Imports of uploaded files, run one after another in the background: each reports its progress as
 * {@code import} events and keeps its last state for {@code GET /api/imports/{id}}; its upload folder is
 * deleted once it ends.
 */
@Component(service = ImportJobs.class)
public final class ImportJobs {
    /** The workspace area of the upload folders. */
    static final String AREA = "uploads";
    private static final String FOLDER_PREFIX = "import-";
    /** Finished imports remembered for {@code GET /api/imports/{id}}; older ones are forgotten. */
    private static final int KEPT = 50;
    /** The most progress events an import sends per second; its end is always sent. */
    private static final long EVENT_INTERVAL_NANOS = 100_000_000L;

    private final CorpusImporter importer;
    private final Workspace workspace;
    private final EventHub events;
    private final Logger log;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atelier-web-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT && !eldest.getValue().running();
        }
    };

    @Activate
    public ImportJobs(@Reference CorpusImporter importer, @Reference Workspace workspace, @Reference EventHub events,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.importer = importer;
        this.workspace = workspace;
        this.events = events;
        this.log = log;
        runner.execute(this::deleteLeftovers);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        synchronized (jobs) {
            jobs.values().forEach(Job::cancel);
        }
        runner.shutdown();
        runner.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** A new, empty upload folder in the workspace. */
    public UploadFolder newUpload() throws IOException {
        return new UploadFolder(Files.createTempDirectory(workspace.area(AREA), FOLDER_PREFIX));
    }

    /** Starts importing the files of {@code upload}; the folder is the job's from now on. */
    public ImportState start(UploadFolder upload) {
        Job job = new Job(UUID.randomUUID().toString().substring(0, 8), upload);
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        runner.execute(job::run);
        return job.state();
    }

    public Optional<ImportState> state(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::state);
        }
    }

    /** Upload folders of a workbench that stopped in the middle of an import. */
    private void deleteLeftovers() {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(workspace.area(AREA), FOLDER_PREFIX + "*")) {
            for (Path folder : folders) {
                new UploadFolder(folder).delete();
            }
        } catch (IOException e) {
            log.warn("Could not delete the uploads left by an earlier run: {}", e.getMessage());
        }
    }

    /** One import: the monitor the importer reports to, and the state it shows. */
    private final class Job implements ProgressMonitor {
        private final String id;
        private final UploadFolder upload;
        private volatile boolean cancelled;
        private String status = ImportState.RUNNING;
        private int done;
        private int total;
        private String file;
        private ImportSummary summary;
        private String error;
        private long lastEvent;

        Job(String id, UploadFolder upload) {
            this.id = id;
            this.upload = upload;
        }

        void run() {
            try {
                ImportSummary result = importer.importPaths(upload.files(), this);
                synchronized (this) {
                    summary = result;
                    status = ImportState.DONE;
                    file = null;
                }
            } catch (RuntimeException e) {
                log.error("The import {} failed", id, e);
                synchronized (this) {
                    status = ImportState.FAILED;
                    error = e.getMessage() == null ? "the import failed; the log says why" : e.getMessage();
                }
            } finally {
                try {
                    upload.delete();
                } catch (IOException e) {
                    log.warn("Could not delete the upload folder {}: {}", upload.path(), e.getMessage());
                }
            }
            events.publish("import", state());
        }

        @Override
        public synchronized void begin(String task, int totalWork) {
            total = Math.max(totalWork, 0);
            publishNow();
        }

        @Override
        public void worked(int units, String item) {
            boolean publish;
            synchronized (this) {
                done += units;
                file = upload.shown(item);
                long now = System.nanoTime();
                publish = now - lastEvent >= EVENT_INTERVAL_NANOS;
                if (publish) {
                    lastEvent = now;
                }
            }
            if (publish) {
                events.publish("import", state());
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }

        synchronized boolean running() {
            return status.equals(ImportState.RUNNING);
        }

        private void publishNow() {
            lastEvent = System.nanoTime();
            events.publish("import", state());
        }

        synchronized ImportState state() {
            List<ImportState.Problem> problems = new ArrayList<>();
            if (summary == null) {
                return new ImportState(id, status, done, total, file, 0, 0, 0, 0, 0, problems, error);
            }
            for (ImportProblem problem : summary.skipped()) {
                problems.add(new ImportState.Problem(upload.shown(problem.source()), problem.reason(), false));
            }
            for (ImportProblem problem : summary.failed()) {
                problems.add(new ImportState.Problem(upload.shown(problem.source()), problem.reason(), true));
            }
            return new ImportState(id, status, done, total, file, summary.imported().size(),
                    summary.unchanged().size(), summary.duplicates().size(), summary.skipped().size(), summary.failed().size(), problems, error);
        }
    }
}
