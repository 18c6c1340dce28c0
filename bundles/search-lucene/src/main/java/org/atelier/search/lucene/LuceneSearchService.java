package org.atelier.search.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchService;
import org.atelier.api.search.Snippet;
import org.atelier.api.workspace.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The search service of the workbench: a Lucene index in the workspace's {@code index} area that follows the
 * document store through {@link DocumentEvents} and is rebuilt from it when lost or damaged. Immediate, so that
 * the index follows the store from the start, searched or not.
 *
 * <p>Opening the index (Lucene's classes, the writer, the searcher) takes a good part of a second, so it is
 * opened on a thread of its own while the framework goes on starting, and a call waits for it; in a headless
 * runtime (framework property {@value #HEADLESS}: one command, then exit) only when a call first needs it or the
 * store changes, as most commands never search. Changes of the store told meanwhile are kept by {@link DocumentEvents} until the
 * index attaches, and an index opened later compares itself with the store. While it does, or rebuilds itself,
 * searches of the workbench answer at once with what is indexed so far; those of a headless runtime wait until the
 * index is complete.
 */
@Component(service = SearchService.class, immediate = true, configurationPid = LuceneSearchService.PID)
@Designate(ocd = SearchConfig.class)
public class LuceneSearchService implements SearchService {
    static final String PID = "org.atelier.search";
    /** Framework property set by the launcher: {@code true} when the runtime runs one command and exits. */
    static final String HEADLESS = "atelier.headless";
    /**
     * Lucene tells once per JVM, through java.util.logging on the terminal, that it runs without the optional
     * vector module ({@code --add-modules jdk.incubator.vector}); search works without it, so the note is kept
     * off the terminal of every command. The logger is held here: java.util.logging forgets the level of a
     * logger nobody holds.
     */
    private static final java.util.logging.Logger VECTORIZATION_NOTE = quiet("org.apache.lucene.internal.vectorization");

    private final Path folder;
    private final DocumentStore store;
    private final DocumentEvents events;
    private final Logger log;
    private final SearchIndex.Settings settings;
    /** The index, open or opening; {@code null} until first needed. Guarded by {@code this}. */
    private CompletableFuture<SearchIndex> index;
    /** Set when deactivated: a call that comes late opens nothing. Guarded by {@code this}. */
    private boolean closed;

    @Activate
    public LuceneSearchService(BundleContext context, SearchConfig config, @Reference Workspace workspace,
            @Reference DocumentStore store, @Reference DocumentEvents events,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this.folder = workspace.area("index").resolve("search");
        this.store = store;
        this.events = events;
        this.log = log;
        boolean headless = Boolean.parseBoolean(context.getProperty(HEADLESS));
        // One command, then exit: a search that answered with part of the index would leave the rest undone, and
        // the next command would find it as far behind. It waits until the index is complete instead.
        this.settings = headless ? settings(config).withSearchWaitMs(Long.MAX_VALUE) : settings(config);
        if (headless) {
            // A command that stores documents (an import) leaves them searchable: the index opens at the first
            // change, follows the import, and is complete when the command exits.
            events.whenDetached(this::index);
        } else {
            index();
        }
    }

    private synchronized CompletableFuture<SearchIndex> index() {
        if (closed) {
            return CompletableFuture.failedFuture(new IOException("the search service has stopped"));
        }
        if (index == null) {
            index = CompletableFuture.supplyAsync(this::open, runnable -> {
                Thread thread = new Thread(runnable, "atelier-search-open");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return index;
    }

    private SearchIndex open() {
        try {
            SearchIndex.Problems problems = (message, cause) -> log.warn("{}", message, cause);
            SearchIndex opened = SearchIndex.open(folder, store, settings, problems);
            events.attach(opened);
            return opened;
        } catch (IOException | RuntimeException e) {
            log.error("The search index in {} cannot be opened", folder, e);
            throw new CompletionException(e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    static SearchIndex.Settings settings(SearchConfig config) {
        QueryParser.Operator operator = switch (config.operator().strip().toUpperCase(Locale.ROOT)) {
            case "OR" -> QueryParser.Operator.OR;
            default -> QueryParser.Operator.AND;
        };
        return new SearchIndex.Settings(operator, config.titleBoost(), Math.max(0, config.snippets()),
                Math.max(20, config.snippetLength()), Math.max(1, config.ramBufferMb()), Math.max(0, config.commitDelayMs()));
    }

    @Deactivate
    void close() throws IOException {
        CompletableFuture<SearchIndex> opening;
        synchronized (this) {
            opening = index;
            closed = true;
        }
        SearchIndex opened = opening == null ? null : opening.handle((done, failure) -> done).join();
        if (opened != null) {
            events.detach(opened);
            opened.close();
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        return opened().search(request);
    }

    @Override
    public List<Snippet.Span> matches(String query, String docId) throws QuerySyntaxException, IOException {
        return opened().matches(query, docId);
    }

    @Override
    public int reindex(ProgressMonitor monitor) throws IOException {
        return opened().reindex(monitor);
    }

    private SearchIndex opened() throws IOException {
        try {
            return index().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the search index opened", e);
        } catch (ExecutionException e) {
            throw new IOException("the search index could not be opened: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
