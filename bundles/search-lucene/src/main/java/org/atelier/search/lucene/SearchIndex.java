package org.atelier.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;
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
 * <p>Changes are applied by one thread, in the order they were told, so that the listener of the store never
 * waits and never calls back into it while the store may hold its own locks. A search first waits for the
 * changes told before it, then refreshes the near-real-time searcher if anything changed: a document is found as
 * soon as the call that stored it has returned. Commits follow changes after a short delay and at close; what a
 * crash loses is found again at the next open, which compares the index with the store.
 */
public final class SearchIndex implements Closeable {
    /** Recorded with every commit: an index written with another analysis or schema is rebuilt. */
    static final String SCHEMA_KEY = "atelier.search.schema";
    static final String SCHEMA_VERSION = "1";
    /** Deep offsets are walked in pages of this size, so no page ever holds more hits than this. */
    static final int WALK_PAGE = 10_000;
    /** As many passages as a document has sentences: {@link #matches} wants every match. */
    private static final int ALL_PASSAGES = 1_000_000;
    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE,
            KeywordField.newSortField(IndexSchema.ID, false, SortedSetSelector.Type.MIN));
    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.PATH);
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
     */
    public record Settings(QueryParser.Operator operator, float titleBoost, int snippets, int snippetLength,
            double ramBufferMb, long commitDelayMs) {
        public static final Settings DEFAULT = new Settings(QueryParser.Operator.AND, 2f, 3, 160, 64, 2_000);
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
    private final SearcherManager searchers;
    private final ScheduledThreadPoolExecutor worker;
    private final boolean rebuilt;

    /** The last change told: searches wait for it, and so for every change before it. */
    private volatile Future<?> lastChange = CompletableFuture.completedFuture(null);
    /** Set by the worker after a change, cleared by the search that refreshes. */
    private volatile boolean changed;
    private volatile boolean closing;
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
        this.searchers = manager;
        this.rebuilt = wiped;
        this.worker = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "atelier-search-index");
            thread.setDaemon(true);
            return thread;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Opens the index in {@code folder}, creating it or rebuilding it when it is missing or unreadable, and
     * brings it up to date with {@code store} in the background; searches wait until it is.
     *
     * @throws LockObtainFailedException when another process writes this index
     */
    public static SearchIndex open(Path folder, DocumentStore store, Settings settings, Problems problems)
            throws IOException {
        SearchIndex index = new SearchIndex(folder, store, settings, problems);
        index.lastChange = index.worker.submit(index::synchronize);
        return index;
    }

    /** Compares the index with the store again, in the background; searches wait until it is done. */
    public void synchronizeWithStore() {
        tell(this::synchronize);
    }

    /** Whether the index could not be read at open and was started again empty. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    /** Indexes the current version of a stored document, replacing any it had. */
    public void added(String id) {
        tell(() -> {
            try {
                store.get(id).ifPresent(document -> write(document, true));
            } catch (RuntimeException e) {
                problems.warn("Indexing document " + id + " failed", e);
            }
        });
    }

    /** Removes a document from the index. */
    public void removed(String id) {
        tell(() -> {
            try {
                writer.deleteDocuments(IndexSchema.idTerm(id));
                afterChange();
            } catch (IOException | RuntimeException e) {
                problems.warn("Removing document " + id + " from the index failed", e);
            }
        });
    }

    private void tell(Runnable change) {
        try {
            lastChange = worker.submit(change);
        } catch (RejectedExecutionException e) {
            // Closed: the next open compares the index with the store and catches up.
        }
    }

    /**
     * Rebuilds the index from every document of the store, on the index thread. Searches go on meanwhile and
     * see each document in its old or its new version, never missing.
     *
     * @return the documents indexed
     */
    public int reindex(ProgressMonitor monitor) throws IOException {
        Future<Integer> result = worker.submit(() -> rebuild(monitor));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reindexing", e);
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
    }

    /** The number of documents in the index, as searches see it. */
    public int size() throws IOException {
        awaitChanges();
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
        awaitChanges();
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
        awaitChanges();
        IndexSearcher searcher = searchers.acquire();
        try {
            return search(searcher, request, query, filtered);
        } finally {
            searchers.release(searcher);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query query, Query filtered)
            throws IOException {
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
            hits.add(new SearchHit(doc.get(IndexSchema.ID), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.PATH),
                    score, snippets.get(i - from)));
        }
        return new SearchResult(request.query(), docs.totalHits.value(), hits, facets, next);
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

    /** Waits for the changes told so far, then makes them visible to the searcher. */
    private void awaitChanges() throws IOException {
        try {
            lastChange.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index", e);
        } catch (ExecutionException e) {
            // The failure was reported where it happened; search what there is.
        }
        if (changed) {
            changed = false;
            searchers.maybeRefreshBlocking();
        }
    }

    /** Brings the index in line with the store: what is missing is added, what the store lost is removed. */
    private void synchronize() {
        try {
            Set<String> indexed = indexedIds();
            List<DocumentInfo> documents = store.list();
            Set<String> current = new HashSet<>();
            for (DocumentInfo info : documents) {
                current.add(info.id());
                if (!indexed.contains(info.id())) {
                    // Not in the index, and this thread is its only writer: adding is enough.
                    store.get(info.id()).ifPresent(document -> write(document, false));
                }
                if (closing) {
                    return;
                }
            }
            for (String id : indexed) {
                if (!current.contains(id)) {
                    writer.deleteDocuments(IndexSchema.idTerm(id));
                    afterChange();
                }
            }
            commit();
        } catch (IOException | RuntimeException e) {
            problems.warn("Bringing the search index up to date with the store failed", e);
        }
    }

    private int rebuild(ProgressMonitor monitor) throws IOException {
        List<DocumentInfo> documents = store.list();
        monitor.begin("Indexing " + documents.size() + " documents", documents.size());
        try {
            boolean empty = indexedIds().isEmpty();
            Set<String> current = new HashSet<>();
            int done = 0;
            for (DocumentInfo info : documents) {
                if (monitor.isCancelled() || closing) {
                    break;
                }
                Optional<Document> document = store.get(info.id());
                if (document.isPresent()) {
                    write(document.get(), !empty);
                    current.add(info.id());
                    done++;
                }
                monitor.worked(1, info.title());
            }
            if (!monitor.isCancelled() && !closing) {
                for (String id : indexedIds()) {
                    if (!current.contains(id)) {
                        writer.deleteDocuments(IndexSchema.idTerm(id));
                    }
                }
            }
            commit();
            return done;
        } finally {
            monitor.done();
        }
    }

    /** Writes a document; {@code replace} when the index may hold a version of it already. */
    private void write(Document document, boolean replace) {
        try {
            org.apache.lucene.document.Document doc = IndexSchema.document(document.info(), document.text());
            if (replace) {
                writer.updateDocument(IndexSchema.idTerm(document.id()), doc);
            } else {
                writer.addDocument(doc);
            }
            afterChange();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the documents in the index now, changes not yet searchable included. */
    private Set<String> indexedIds() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<String> ids = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexSchema.ID);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                    }
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Called on the index thread after each change. */
    private void afterChange() {
        changed = true;
        if ((pendingCommit == null || pendingCommit.isDone()) && !closing) {
            pendingCommit = worker.schedule(this::commitQuietly, settings.commitDelayMs(), TimeUnit.MILLISECONDS);
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            problems.warn("Committing the search index failed", e);
        }
    }

    private void commit() throws IOException {
        if (writer.hasUncommittedChanges() || schemaOf(writer) == null) {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
            writer.commit();
        }
    }

    /** Finishes the changes told, commits them and closes the index. */
    @Override
    public void close() throws IOException {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                problems.warn("The search index thread did not stop within 60 s", null);
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
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
