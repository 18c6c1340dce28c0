package org.atelier.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefArray;
import org.apache.lucene.util.BytesRefIterator;
import org.apache.lucene.util.Counter;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.api.progress.ProgressMonitor;

/**
 * One walk of the document store: a catch-up brings the index in line with the store (what is missing is added,
 * what the store no longer holds is removed), a rebuild writes every document again. Documents come one at a
 * time from {@link DocumentStore#forEach} and are read and written by a few threads, a bounded number ahead;
 * the walk holds the ids of the index and of the documents it lacks, never the documents of the store.
 *
 * <p>A document the store cannot read, or Lucene cannot index, is left out with a warning naming it, and the walk
 * goes on. Progress counts documents of the store known to be in the index, so a catch-up of an index that lacks
 * little moves fast.
 */
final class StoreWalk {
    /** What a walk does. */
    enum Kind {
        /** Adds what the index lacks and removes what the store lost; leaves the rest as it is. */
        CATCH_UP,
        /** Writes every document again. */
        REBUILD
    }

    /** What the walk needs of the index besides its writer. */
    interface Index {
        /** Commits what is written. */
        void commit() throws IOException;

        /** Makes what is written visible to searches. */
        void refresh() throws IOException;

        /** Whether the index is closing: the walk stops, and the next open catches up. */
        boolean closing();

        void warn(String message, Throwable cause);
    }

    /** A long walk commits this often, so that a crash loses a minute of it at most. */
    static final long COMMIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** Documents read ahead per writing thread: enough to keep it busy, few enough to take little memory. */
    private static final int IN_FLIGHT_PER_THREAD = 16;

    /** Thrown from inside {@link DocumentStore#forEach}, which has no other way to stop. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Kind kind;
    private final DocumentStore store;
    private final DocumentWriter writer;
    private final Index index;
    private final IndexingProgress progress;
    /** The units told to {@link #progress} for this walk when it was planned: the store's size then. */
    private final long expected;
    private final ProgressMonitor monitor;
    private final int threads;
    /** Bounds the documents read and not yet written, and so the memory they take. */
    private final Semaphore inFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong reported = new AtomicLong();
    private final AtomicInteger indexed = new AtomicInteger();
    private ExecutorService indexers;
    private long lastCommit = System.nanoTime();

    /**
     * @param threads how many threads read and write documents: analysis takes most of the time of indexing, and
     *                IndexWriter takes documents from several threads at once
     */
    StoreWalk(Kind kind, DocumentStore store, DocumentWriter writer, Index index, IndexingProgress progress,
            long expected, ProgressMonitor monitor, int threads) {
        this.kind = kind;
        this.store = store;
        this.writer = writer;
        this.index = index;
        this.progress = progress;
        this.expected = expected;
        this.monitor = monitor;
        this.threads = threads;
        this.inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
    }

    /** The threads a walk writes with on this machine: all cores but one, for searches, at most four. */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Walks the store, then makes what it wrote searchable before it reports its last progress: a search that
     * finds the index complete finds all of it.
     *
     * @return the documents of the store in the index: written by the walk, or by a change told meanwhile
     */
    int run() throws IOException {
        monitor.begin("Indexing " + expected + " documents", (int) Math.min(Integer.MAX_VALUE, expected));
        try {
            IndexedIds inIndex = writer.beginWalk();
            indexers = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "atelier-search-walk-writer");
                thread.setDaemon(true);
                return thread;
            });
            try {
                if (kind == Kind.REBUILD || inIndex.isEmpty()) {
                    writeEach(inIndex);
                } else {
                    addMissing(inIndex);
                }
                awaitWrites();
                removeUnseen(inIndex);
            } catch (Stopped e) {
                // Cancelled or closing: what is written stays; the documents not reached stay as they were.
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                // No write of this walk may come after its end.
                indexers.shutdown();
                awaitTermination();
                writer.endWalk();
            }
            rethrowFailure();
        } finally {
            try {
                index.refresh();
            } finally {
                progress.advance(expected - reported.get());
                monitor.done();
            }
        }
        return indexed.get();
    }

    /** Reads and writes every document of the store, replacing those the index holds. */
    private void writeEach(IndexedIds inIndex) {
        store.forEach(info -> {
            write(info.id(), inIndex.markSeen(info.id()));
            monitor.worked(1, info.title());
        });
    }

    /** Compares the store with the index first, then reads and writes only what the index lacks. */
    private void addMissing(IndexedIds inIndex) {
        BytesRefArray missing = new BytesRefArray(Counter.newCounter());
        store.forEach(info -> {
            checkStopped();
            if (inIndex.markSeen(info.id())) {
                advance();
            } else {
                missing.append(new BytesRef(info.id()));
            }
        });
        BytesRefIterator ids = missing.iterator();
        try {
            for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                write(id.utf8ToString(), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what the store no longer holds; only after a whole walk, when unseen means gone. */
    private void removeUnseen(IndexedIds inIndex) {
        inIndex.forEachUnseen(id -> {
            try {
                writer.walkedPast(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Hands one document to the writing threads, once they have room for it. */
    private void write(String id, boolean replace) {
        checkStopped();
        rethrowFailure();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        indexers.execute(() -> {
            try {
                index(id, replace);
                advance();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
        commitNowAndThen();
    }

    private void index(String id, boolean replace) throws IOException {
        Optional<Document> document;
        try {
            document = store.get(id);
        } catch (UnreadableDocumentException e) {
            index.warn(e.getMessage() + "; it is left out of the search index", e);
            return;
        }
        if (document.isEmpty()) {
            return; // removed since it was listed
        }
        try {
            writer.walked(document.get(), replace);
            indexed.incrementAndGet();
        } catch (IllegalArgumentException e) {
            // Lucene refuses this document alone (a word longer than it indexes, say); the others go on.
            index.warn("Document " + id + " cannot be indexed; it is left out of the search index: "
                    + e.getMessage(), e);
        }
    }

    /** One more document of the store known to be in the index. */
    private void advance() {
        if (reported.getAndIncrement() < expected) {
            progress.advance(1);
        }
    }

    private void awaitWrites() {
        int all = threads * IN_FLIGHT_PER_THREAD;
        inFlight.acquireUninterruptibly(all);
        inFlight.release(all);
        rethrowFailure();
    }

    private void awaitTermination() {
        try {
            while (!indexers.awaitTermination(10, TimeUnit.SECONDS)) {
                index.warn("The search index is still writing the documents of a walk", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure of a writing thread, thrown on the walk's own. */
    private void rethrowFailure() {
        Throwable failed = failure.get();
        if (failed instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private void commitNowAndThen() {
        long now = System.nanoTime();
        if (now - lastCommit > COMMIT_INTERVAL_NANOS) {
            lastCommit = now;
            try {
                index.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void checkStopped() {
        if (index.closing() || monitor.isCancelled()) {
            throw new Stopped();
        }
    }
}
