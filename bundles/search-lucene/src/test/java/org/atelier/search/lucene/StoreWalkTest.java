package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.atelier.api.corpus.Document;
import org.atelier.api.progress.ProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks of the store on several writing threads, whatever the cores of the machine that runs the tests. */
class StoreWalkTest {
    private static final int THREADS = 4;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final IndexingProgress progress = new IndexingProgress();
    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private DocumentWriter documents;

    @BeforeEach
    void open() throws IOException {
        directory = new ByteBuffersDirectory();
        writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalysis.perField()));
        documents = new DocumentWriter(writer);
    }

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    private static MemoryStore numbered(int count) {
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < count; i++) {
            store.put(MemoryStore.info(String.format("doc%05d", i), "Article " + i, null, "fr", null),
                    "Une puce numéro " + i + ".");
        }
        return store;
    }

    private int walk(StoreWalk.Kind kind, MemoryStore store) throws IOException {
        progress.expect(store.count());
        StoreWalk.Index index = new StoreWalk.Index() {
            @Override
            public void commit() throws IOException {
                writer.commit();
            }

            @Override
            public void refresh() {}

            @Override
            public boolean closing() {
                return false;
            }

            @Override
            public void warn(String message, Throwable cause) {
                warnings.add(message);
            }
        };
        return new StoreWalk(kind, store, documents, index, progress, store.count(), ProgressMonitor.NONE, THREADS).run();
    }

    /** The number of live documents with this id, and of all. */
    private int count(String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return id == null ? reader.numDocs() : searcher.count(new TermQuery(new Term(IndexSchema.ID, id)));
        }
    }

    @Test
    void everyDocumentOnceAndTheUnreadableOneLeftOut() throws Exception {
        MemoryStore store = numbered(2_000).breakDocument("doc01234");
        assertThat(walk(StoreWalk.Kind.CATCH_UP, store)).isEqualTo(1_999);
        assertThat(count(null)).isEqualTo(1_999);
        assertThat(count("doc00000")).isEqualTo(1);
        assertThat(count("doc01234")).isZero();
        assertThat(warnings).singleElement().asString().contains("doc01234");
        assertThat(progress.now()).isNull();

        // A rebuild replaces each one: still once each.
        assertThat(walk(StoreWalk.Kind.REBUILD, store)).isEqualTo(1_999);
        assertThat(count(null)).isEqualTo(1_999);
        assertThat(count("doc01999")).isEqualTo(1);
        assertThat(progress.now()).isNull();
    }

    @Test
    void aCatchUpAddsWhatIsMissingAndRemovesWhatTheStoreLost() throws Exception {
        MemoryStore store = numbered(1_000);
        walk(StoreWalk.Kind.CATCH_UP, store);
        store.remove("doc00010");
        store.put(MemoryStore.info("new", "Nouveau", null, "fr", null), "Un processeur.");
        int readsBefore = store.reads();
        walk(StoreWalk.Kind.CATCH_UP, store);
        assertThat(store.reads() - readsBefore).isEqualTo(1);
        assertThat(count("doc00010")).isZero();
        assertThat(count("new")).isEqualTo(1);
        assertThat(count(null)).isEqualTo(1_000);
    }

    @Test
    void changesDuringAWalkAreNeitherUndoneNorDoubled() throws Exception {
        MemoryStore store = numbered(3_000);
        List<String> removed = new ArrayList<>();
        List<String> changedIds = new ArrayList<>();
        Thread changes = new Thread(() -> {
            try {
                for (int i = 0; i < 3_000; i += 7) {
                    String id = String.format("doc%05d", i);
                    if (i % 2 == 0) {
                        store.remove(id);
                        documents.change(id, null);
                        removed.add(id);
                    } else {
                        Document changed = new Document(MemoryStore.info(id, "Changé", null, "fr", null), "Un processeur.");
                        store.put(changed.info(), changed.text());
                        documents.change(id, changed);
                        changedIds.add(id);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        changes.start();
        walk(StoreWalk.Kind.CATCH_UP, store);
        changes.join();
        assertThat(count(null)).isEqualTo(store.count());
        for (String id : removed) {
            assertThat(count(id)).as(id).isZero();
        }
        for (String id : changedIds) {
            assertThat(count(id)).as(id).isEqualTo(1);
            assertThat(title(id)).as(id).isEqualTo("Changé");
        }
    }

    private String title(String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int doc = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1).scoreDocs[0].doc;
            return searcher.storedFields().document(doc).get(IndexSchema.TITLE);
        }
    }
}
