package org.atelier.search.lucene;

import java.io.IOException;
import java.util.Locale;

import org.apache.lucene.queryparser.classic.QueryParser;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchService;
import org.atelier.api.workspace.Workspace;
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
 */
@Component(service = SearchService.class, immediate = true, configurationPid = LuceneSearchService.PID)
@Designate(ocd = SearchConfig.class)
public class LuceneSearchService implements SearchService {
    static final String PID = "org.atelier.search";
    /**
     * Lucene tells once per JVM, through java.util.logging on the terminal, that it runs without the optional
     * vector module ({@code --add-modules jdk.incubator.vector}); search works without it, so the note is kept
     * off the terminal of every command. The logger is held here: java.util.logging forgets the level of a
     * logger nobody holds.
     */
    private static final java.util.logging.Logger VECTORIZATION_NOTE = quiet("org.apache.lucene.internal.vectorization");

    private final SearchIndex index;
    private final DocumentEvents events;

    @Activate
    public LuceneSearchService(SearchConfig config, @Reference Workspace workspace, @Reference DocumentStore store,
            @Reference DocumentEvents events, @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        SearchIndex.Problems problems = (message, cause) -> log.warn("{}", message, cause);
        this.index = SearchIndex.open(workspace.area("index").resolve("search"), store, settings(config), problems);
        this.events = events;
        events.attach(index);
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
        events.detach(index);
        index.close();
    }

    @Override
    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        return index.search(request);
    }

    @Override
    public int reindex(ProgressMonitor monitor) throws IOException {
        return index.reindex(monitor);
    }
}
