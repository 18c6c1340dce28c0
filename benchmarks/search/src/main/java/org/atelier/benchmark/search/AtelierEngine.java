package org.atelier.benchmark.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.search.SearchRequest;
import org.atelier.search.lucene.SearchIndex;

/**
 * Atelier's search index, the code the workbench runs: it indexes what a document store holds (here, the
 * articles on disk) on its index thread, and answers through its query reader, ranking, snippets and paging.
 */
final class AtelierEngine implements Engine {
    private SearchIndex index;

    @Override
    public void index(BenchCorpus corpus, Path folder) throws Exception {
        index = SearchIndex.open(folder, new FileStore(corpus), SearchIndex.Settings.DEFAULT,
                (message, cause) -> System.err.println("atelier search: " + message + (cause == null ? "" : ": " + cause)));
        // Opening an empty index over a full store indexes every document in the background; searches meanwhile
        // answer with part of it, so indexing is timed until the index says it is complete.
        while (index.indexing() != null) {
            Thread.sleep(20);
        }
        int size = index.size();
        if (size != corpus.entries().size()) {
            throw new IllegalStateException("indexed " + size + " of " + corpus.entries().size() + " articles");
        }
    }

    @Override
    public long search(String query) throws Exception {
        return index.search(SearchRequest.of(query)).total();
    }

    @Override
    public void close() throws java.io.IOException {
        index.close();
    }

    /**
     * The articles as a document store: metadata in memory, texts on disk. Walks and lookups are what the index
     * uses; paging, which only the windows and commands use, is left out.
     */
    static final class FileStore implements DocumentStore {
        private final BenchCorpus corpus;
        private final Map<String, BenchCorpus.Entry> byId = new HashMap<>();
        private final List<DocumentInfo> infos;

        FileStore(BenchCorpus corpus) {
            this.corpus = corpus;
            corpus.entries().forEach(e -> byId.put(e.path(), e));
            this.infos = corpus.entries().stream()
                    .map(e -> new DocumentInfo(e.path(), null, e.path(), "fr", 0, e.outlet(), e.date(), null, null, null))
                    .toList();
        }

        @Override
        public void forEach(Consumer<DocumentInfo> action) {
            infos.forEach(action);
        }

        @Override
        public long count() {
            return infos.size();
        }

        @Override
        public DocumentPage page(DocumentQuery query) {
            throw new UnsupportedOperationException("the benchmark's store is walked, not paged");
        }

        @Override
        public Optional<DocumentInfo> info(String id) {
            BenchCorpus.Entry entry = byId.get(id);
            return entry == null ? Optional.empty()
                    : Optional.of(new DocumentInfo(id, null, id, "fr", 0, entry.outlet(), entry.date(), null, null, null));
        }

        @Override
        public boolean isCurrent(String id) {
            return byId.containsKey(id);
        }

        @Override
        public Optional<Document> get(String id) {
            BenchCorpus.Entry entry = byId.get(id);
            if (entry == null) {
                return Optional.empty();
            }
            String text = corpus.text(entry);
            return Optional.of(new Document(BenchCorpus.info(entry, text), text));
        }

        @Override
        public Optional<DocumentInfo> resolve(String idOrPrefix) {
            return info(idOrPrefix);
        }

        @Override
        public boolean remove(String id) {
            throw new UnsupportedOperationException("the benchmark's store is read-only");
        }

        @Override
        public List<UnreadableDocument> unreadable() {
            return List.of();
        }
    }
}
