package org.atelier.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchResult.FacetCount;
import org.atelier.api.search.Snippet;

/**
 * The Lucene index of a document store, in one folder.
 *
 * <p>Changes told by the store are applied by one thread, in the order they were told, so that the listener of
 * the store never waits and never calls back into it while the store may hold its own locks. Walks of the whole
 * store (the catch-up at open, a rebuild) run on a thread of their own, and {@link DocumentWriter} keeps the two
 * consistent.
 *
 * <p>Searches never wait for a walk to end. A search waits for the indexing under way only until the index has
 * been behind for {@link Settings#searchWaitMs()}: a change just told or a small catch-up is over by then, and
 * the search sees it; a longer one is answered with the documents indexed so far, and the result says how far
 * the index is ({@link SearchResult#indexing()}). Lucene's {@link ControlledRealTimeReopenThread} reopens the
 * searcher every second while the index changes, and at once for a search that waits for a write.
 *
 * <p>Commits follow changes after a short delay, come every minute during a walk and at its end, and at close;
 * what a crash loses is found again at the next open, which compares the index with the store.
 */
public final class SearchIndex implements Closeable {
    /** Recorded with every commit: an index written with another analysis or schema is rebuilt. */
    static final String SCHEMA_KEY = "atelier.search.schema";
    static final String SCHEMA_VERSION = "2";
    /** Deep offsets are walked in pages of this size, so no page ever holds more hits than this. */
    static final int WALK_PAGE = 10_000;
    /** How stale a searcher may get while the index changes, in seconds: progress shows at this pace. */
    static final double REFRESH_SECONDS = 1.0;
    /** The writer's buffer during a walk, at most: fewer, larger segments to merge. */
    static final double WALK_RAM_BUFFER_MB = 256;
    /** As many passages as a document has sentences: {@link #matches} wants every match. */
    private static final int ALL_PASSAGES = 1_000_000;
    /** The longest a complete index waits for its searcher to show the last write: one reopen. */
    private static final int REOPEN_WAIT_MS = 30_000;
    /** The longest close waits for the changes told to be indexed: a safeguard, never reached by an import. */
    private static final long CLOSE_WAIT_SECONDS = 3_600;
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
            KeywordField.newSortField(IndexSchema.ID, false, SortedSetSelector.Type.MIN));
    private static final Set<String> HIT_FIELDS =
            Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.PATH, IndexSchema.PAGES);
    private static final Map<String, String> FACET_FIELDS = Map.of(
            SearchRequest.SOURCE, IndexSchema.OUTLET,
            SearchRequest.LANGUAGE, IndexSchema.LANGUAGE);

    /**
     * How the index is written and read.
     *
     * @param operator      between words without an operator
     * @param titleBoost    how much more a word in the title counts than in the text
     * @param snippets      the most snippets per hit
     * @param snippetLength the length snippets tend to, in characters
     * @param ramBufferMb   memory for documents not yet written to segments
     * @param commitDelayMs how long after a change it is committed
     * @param searchWaitMs  how long a search waits for indexing under way, counted from when the index fell
     *                      behind, before it answers with what is indexed so far; {@link Long#MAX_VALUE} to wait
     *                      until the index is complete
     */
    public record Settings(QueryParser.Operator operator, float titleBoost, int snippets, int snippetLength,
            double ramBufferMb, long commitDelayMs, long searchWaitMs) {
        /** Long enough for a change or a small catch-up, short enough to read as an answer at once. */
        public static final long SEARCH_WAIT_MS = 2_000;
        public static final Settings DEFAULT = new Settings(QueryParser.Operator.AND, 2f, 3, 160, 64, 2_000);

        public Settings(QueryParser.Operator operator, float titleBoost, int snippets, int snippetLength,
                double ramBufferMb, long commitDelayMs) {
            this(operator, titleBoost, snippets, snippetLength, ramBufferMb, commitDelayMs, SEARCH_WAIT_MS);
        }

        public Settings withSearchWaitMs(long searchWaitMs) {
            return new Settings(operator, titleBoost, snippets, snippetLength, ramBufferMb, commitDelayMs,
                    searchWaitMs);
        }
    }

    /** Where the index reports what went wrong without failing a caller: the log of the component. */
    @FunctionalInterface
    public interface Problems {
        void warn(String message, Throwable cause);
    }

    private final Path folder;
    private final DocumentStore store;
    private final Settings settings;
    private final Problems problems;
    private final Analyzer analyzer = FrenchAnalysis.perField();
    private final QueryReader queryReader;
    private final Directory directory;
    private final IndexWriter writer;
    private final DocumentWriter documents;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final IndexingProgress progress = new IndexingProgress();
    /** Applies the changes told, in order, and commits them. */
    private final ScheduledThreadPoolExecutor changes;
    /** Walks the store, one walk after another. */
    private final ExecutorService walks;
    private final boolean rebuilt;
    private volatile boolean closing;
    /** The commit due after the last changes; touched by the change thread only. */
    private ScheduledFuture<?> pendingCommit;

    private SearchIndex(Path folder, DocumentStore store, Settings settings, Problems problems) throws IOException {
        this.folder = folder;
        this.store = store;
        this.settings = settings;
        this.problems = problems;
        this.queryReader = new QueryReader(analyzer, settings.operator(), settings.titleBoost());
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        IndexWriter opened = null;
        SearcherManager manager;
        boolean wiped = false;
        try {
            opened = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            String schema = schemaOf(opened);
            if (schema != null && !schema.equals(SCHEMA_VERSION)) {
                problems.warn("The search index in " + folder + " was written with schema " + schema
                        + "; rebuilding it with schema " + SCHEMA_VERSION, null);
                opened.deleteAll();
                wiped = true;
            }
            manager = new SearcherManager(opened, null);
        } catch (LockObtainFailedException e) {
            closeQuietly(opened);
            directory.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            // A lost or damaged index is rebuilt from the store rather than taking the workbench down with it.
            problems.warn("The search index in " + folder + " cannot be read (" + e + "); rebuilding it", e);
            closeQuietly(opened);
            wipe(folder);
            opened = openWriter(IndexWriterConfig.OpenMode.CREATE);
            manager = new SearcherManager(opened, null);
            wiped = true;
        }
        this.writer = opened;
        this.documents = new DocumentWriter(opened);
        this.searchers = manager;
        this.rebuilt = wiped;
        // Reopens every second while the index changes, and at once for a search waiting for a write.
        this.reopener = new ControlledRealTimeReopenThread<>(opened, manager, REFRESH_SECONDS, 0);
        reopener.setName("atelier-search-refresh");
        reopener.setDaemon(true);
        reopener.start();
        this.changes = new ScheduledThreadPoolExecutor(1, daemon("atelier-search-index"));
        changes.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.walks = Executors.newSingleThreadExecutor(daemon("atelier-search-walk"));
    }

    /**
     * Opens the index in {@code folder}, creating it or rebuilding it when it is missing or unreadable, and
     * brings it up to date with {@code store} in the background; searches meanwhile answer with what is indexed.
     *
     * @throws LockObtainFailedException when another process writes this index
     */
    public static SearchIndex open(Path folder, DocumentStore store, Settings settings, Problems problems)
            throws IOException {
        SearchIndex index = new SearchIndex(folder, store, settings, problems);
        index.walk(StoreWalk.Kind.CATCH_UP, ProgressMonitor.NONE);
        return index;
    }

    /** Compares the index with the store again, in the background. */
    public void synchronizeWithStore() {
        walk(StoreWalk.Kind.CATCH_UP, ProgressMonitor.NONE);
    }

    /** Whether the index could not be read at open and was started again empty. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** How far the index is while it is built or caught up, or {@code null} when it is complete. */
    public SearchResult.Indexing indexing() {
        return progress.now();
    }

    /** Indexes the current version of a stored document, replacing any it had. */
    public void added(String id) {
        tell(() -> {
            try {
                Optional<Document> document = store.get(id);
                if (document.isPresent()) {
                    documents.change(id, document.get());
                    afterChange();
                }
            } catch (UnreadableDocumentException e) {
                problems.warn(e.getMessage() + "; it is left out of the search index", e);
            } catch (IOException | RuntimeException e) {
                problems.warn("Indexing document " + id + " failed", e);
            }
        });
    }

    /** Removes a document from the index. */
    public void removed(String id) {
        tell(() -> {
            try {
                documents.change(id, null);
                afterChange();
            } catch (IOException | RuntimeException e) {
                problems.warn("Removing document " + id + " from the index failed", e);
            }
        });
    }

    private void tell(Runnable change) {
        progress.expect(1);
        try {
            changes.execute(() -> {
                try {
                    change.run();
                } finally {
                    progress.advance(1);
                }
            });
        } catch (RejectedExecutionException e) {
            // Closed: the next open compares the index with the store and catches up.
            progress.advance(1);
        }
    }

    /**
     * Rebuilds the index from every document of the store, on the walk thread, after any walk under way.
     * Searches go on meanwhile and see each document in its old or its new version, never missing.
     *
     * @return the documents indexed
     */
    public int reindex(ProgressMonitor monitor) throws IOException {
        Future<Integer> result = walk(StoreWalk.Kind.REBUILD, monitor);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reindexing", e);
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
    }

    /**
     * Plans a walk of the store: its size counts as work to do from now on, so that a search told before the
     * walk starts knows the index is behind.
     */
    private Future<Integer> walk(StoreWalk.Kind kind, ProgressMonitor monitor) {
        long expected;
        try {
            expected = store.count();
        } catch (RuntimeException e) {
            problems.warn("The documents of the store cannot be counted", e);
            expected = 0;
        }
        long planned = expected;
        progress.expect(planned);
        try {
            return walks.submit(() -> runWalk(kind, monitor, planned));
        } catch (RejectedExecutionException e) {
            progress.advance(planned);
            throw new IllegalStateException("the search index is closed", e);
        }
    }

    private int runWalk(StoreWalk.Kind kind, ProgressMonitor monitor, long expected) throws IOException {
        StoreWalk walk = new StoreWalk(kind, store, documents, walkedIndex(), progress, expected, monitor,
                StoreWalk.defaultThreads());
        double ramBuffer = writer.getConfig().getRAMBufferSizeMB();
        // A bigger buffer while the walk writes, if the heap affords it: fewer, larger segments to merge.
        double heapShare = Runtime.getRuntime().maxMemory() / 8.0 / (1024 * 1024);
        writer.getConfig().setRAMBufferSizeMB(Math.max(ramBuffer, Math.min(WALK_RAM_BUFFER_MB, heapShare)));
        try {
            return walk.run();
        } catch (IOException | RuntimeException e) {
            if (kind == StoreWalk.Kind.CATCH_UP) {
                problems.warn("Bringing the search index up to date with the store failed", e);
                return 0;
            }
            throw e;
        } finally {
            writer.getConfig().setRAMBufferSizeMB(ramBuffer);
            commitQuietly();
        }
    }

    private StoreWalk.Index walkedIndex() {
        return new StoreWalk.Index() {
            @Override
            public void commit() throws IOException {
                SearchIndex.this.commit();
            }

            @Override
            public void refresh() throws IOException {
                searchers.maybeRefreshBlocking();
            }

            @Override
            public boolean closing() {
                return closing;
            }

            @Override
            public void warn(String message, Throwable cause) {
                problems.warn(message, cause);
            }
        };
    }

    /** The number of documents in the index, as searches see it. */
    public int size() throws IOException {
        awaitIndexing();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every match of {@code queryText} in the text of document {@code docId}, merged and in order. */
    public List<Snippet.Span> matches(String queryText, String docId) throws QuerySyntaxException, IOException {
        Query query = queryReader.read(queryText);
        awaitIndexing();
        IndexSearcher searcher = searchers.acquire();
        try {
            Query inDocument = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(IndexSchema.idTerm(docId)), BooleanClause.Occur.FILTER)
                    .build();
            ScoreDoc[] found = searcher.search(inDocument, 1).scoreDocs;
            if (found.length == 0) {
                return List.of();
            }
            // Short passages, as many as there are: each one carries the matches in it.
            List<Snippet> passages = SnippetHighlighter.create(searcher, analyzer, 1)
                    .snippets(query, new int[] {found[0].doc}, ALL_PASSAGES).get(0);
            return passages.stream().flatMap(passage -> passage.matches().stream()).toList();
        } finally {
            searchers.release(searcher);
        }
    }

    public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
        Query query = queryReader.read(request.query());
        Query filtered = withFilters(query, request.filters());
        SearchResult.Indexing indexing = awaitIndexing();
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, request, query, filtered, indexing);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Waits for the indexing under way as long as the settings say. When the index is then complete, waits for the
     * searcher to show every write, so that the total counts every document; otherwise searches what the searcher
     * shows, at most {@link #REFRESH_SECONDS} old.
     *
     * @return how far the index is, or {@code null} when it is complete
     */
    private SearchResult.Indexing awaitIndexing() throws IOException {
        try {
            SearchResult.Indexing indexing = progress.await(settings.searchWaitMs());
            if (indexing == null) {
                reopener.waitForGeneration(documents.lastSequenceNumber(), REOPEN_WAIT_MS);
            }
            return indexing;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index", e);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query query, Query filtered,
            SearchResult.Indexing indexing) throws IOException {
        FieldDoc after = request.after() == null ? null : Cursor.parse(request.after());
        int skip = after == null ? request.offset() : 0;
        // Deep pages: walk to the page by cursors, a bounded number of hits at a time.
        while (skip > WALK_PAGE) {
            ScoreDoc[] walked = searcher.search(filtered,
                    new TopFieldCollectorManager(RANKING, WALK_PAGE, after, WALK_PAGE)).scoreDocs;
            if (walked.length > 0) {
                after = (FieldDoc) walked[walked.length - 1];
            }
            if (walked.length < WALK_PAGE) {
                // The offset is past the last hit: the page after the last hit is empty.
                skip = 0;
                break;
            }
            skip -= WALK_PAGE;
        }
        // One hit more than asked tells whether there is a next page.
        int wanted = skip + request.limit() + 1;
        TopFieldCollectorManager top = new TopFieldCollectorManager(RANKING, wanted, after, Integer.MAX_VALUE);
        TopFieldDocs docs;
        Map<String, List<FacetCount>> facets = Map.of();
        if (request.facets()) {
            Object[] results = searcher.search(filtered, new MultiCollectorManager(top, new FacetCounter(FACET_FIELDS)));
            docs = (TopFieldDocs) results[0];
            facets = castFacets(results[1]);
        } else {
            docs = searcher.search(filtered, top);
        }
        ScoreDoc[] all = docs.scoreDocs;
        int from = Math.min(skip, all.length);
        int to = Math.min(skip + request.limit(), all.length);
        String next = all.length > to && to > from ? Cursor.after((FieldDoc) all[to - 1]) : null;
        int[] ids = new int[to - from];
        for (int i = from; i < to; i++) {
            ids[i - from] = all[i].doc;
        }
        List<List<Snippet>> snippets = snippets(searcher, query, ids);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(ids.length);
        for (int i = from; i < to; i++) {
            org.apache.lucene.document.Document doc = stored.document(all[i].doc, HIT_FIELDS);
            float score = (Float) ((FieldDoc) all[i]).fields[0];
            String pages = doc.get(IndexSchema.PAGES);
            List<Snippet> passages = pages == null ? snippets.get(i - from) : snippets.get(i - from).stream()
                    .map(snippet -> snippet.onPage(IndexSchema.page(pages, pageOffset(snippet)))).toList();
            hits.add(new SearchHit(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.PATH),
                    score, passages));
        }
        return new SearchResult(request.query(), docs.totalHits.value(), hits, facets, next, indexing);
    }

    /** Where a snippet is, for its page: its first match, which a passage cut to length may follow by a page. */
    private static int pageOffset(Snippet snippet) {
        return snippet.matches().isEmpty() ? snippet.start() : snippet.matches().get(0).start();
    }

    private List<List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docIds) {
        try {
            return SnippetHighlighter.create(searcher, analyzer, settings.snippetLength())
                    .snippets(query, docIds, settings.snippets());
        } catch (IOException | RuntimeException e) {
            // Hits without snippets are still hits.
            problems.warn("Cutting snippets for " + query + " failed", e);
            List<List<Snippet>> none = new ArrayList<>();
            for (int i = 0; i < docIds.length; i++) {
                none.add(List.of());
            }
            return none;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<FacetCount>> castFacets(Object facets) {
        return (Map<String, List<FacetCount>>) facets;
    }

    private static Query withFilters(Query query, Map<String, List<String>> filters) {
        if (filters.values().stream().allMatch(List::isEmpty)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        filters.forEach((facet, values) -> {
            String field = FACET_FIELDS.get(facet);
            if (field == null) {
                throw new IllegalArgumentException("unknown filter '" + facet + "' (filters: "
                        + String.join(", ", FACET_FIELDS.keySet()) + ")");
            }
            if (!values.isEmpty()) {
                List<BytesRef> terms = values.stream()
                        .map(v -> field.equals(IndexSchema.LANGUAGE) ? v.strip().toLowerCase(Locale.ROOT) : v.strip())
                        .map(BytesRef::new)
                        .toList();
                builder.add(KeywordField.newSetQuery(field, terms), BooleanClause.Occur.FILTER);
            }
        });
        return builder.build();
    }

    /** Called on the change thread after each change: a commit follows a short delay after the first. */
    private void afterChange() {
        if ((pendingCommit == null || pendingCommit.isDone()) && !closing) {
            try {
                pendingCommit = changes.schedule(this::commitQuietly, settings.commitDelayMs(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // Closing: close commits.
            }
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            problems.warn("Committing the search index failed", e);
        }
    }

    /** Commits what is written, with the schema it was written with; from the change thread, a walk or close. */
    private synchronized void commit() throws IOException {
        if (writer.hasUncommittedChanges() || schemaOf(writer) == null) {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
            writer.commit();
        }
    }

    /** Finishes the changes told, stops a walk under way (the next open catches up), commits and closes. */
    @Override
    public void close() throws IOException {
        closing = true;
        changes.shutdown();
        walks.shutdown();
        try {
            // Every change told is indexed before the index closes, however many an import told: the store holds
            // them already, and leaving them would make the next start catch up on them instead.
            if (!changes.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                problems.warn("The search index was still indexing after " + CLOSE_WAIT_SECONDS
                        + " s; the next start catches up", null);
                changes.shutdownNow();
            }
            if (!walks.awaitTermination(60, TimeUnit.SECONDS)) {
                problems.warn("The search index walk did not stop within 60 s", null);
                walks.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            reopener.close();
            commit();
        } finally {
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    directory.close();
                }
            }
        }
    }

    private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(settings.ramBufferMb());
        return new IndexWriter(directory, config);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String schemaOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : data) {
            if (entry.getKey().equals(SCHEMA_KEY)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void closeQuietly(IndexWriter writer) {
        if (writer == null) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            // Already broken: the folder is about to be wiped.
        }
    }

    private static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause);
    }

    @Override
    public String toString() {
        return "search index " + folder;
    }
}
