package org.atelier.search.lucene;

import java.util.concurrent.TimeUnit;

import org.atelier.api.search.SearchResult;

/**
 * How far the index is behind the store: the work it was given (documents of a walk of the store, changes told)
 * and the work done. A search waits on it for a moment, then answers with what is indexed and says how far it is.
 * The counts start again from zero each time the index falls behind.
 */
final class IndexingProgress {
    private long done;
    private long of;
    /**
     * When the index last fell behind. A search waits from then, not from its own start: the first searches of a
     * long rebuild wait a moment, the later ones answer at once.
     */
    private long behindSince;

    /** {@code work} more units to do: a document to walk, a change to apply. */
    synchronized void expect(long work) {
        if (work <= 0) {
            return;
        }
        if (done == of) {
            done = 0;
            of = 0;
            behindSince = System.nanoTime();
        }
        of += work;
    }

    /** {@code work} units done. */
    synchronized void advance(long work) {
        if (work <= 0) {
            return;
        }
        done = Math.min(of, done + work);
        if (done == of) {
            notifyAll();
        }
    }

    /** How far the index is, or {@code null} when it has done all it was given. */
    synchronized SearchResult.Indexing now() {
        return done == of ? null : new SearchResult.Indexing(done, of);
    }

    /**
     * Waits until the index has done all it was given, or until it has been behind for {@code patienceMs}
     * ({@link Long#MAX_VALUE}: as long as it takes).
     *
     * @return how far the index is, or {@code null} when it is complete
     */
    synchronized SearchResult.Indexing await(long patienceMs) throws InterruptedException {
        long patience = TimeUnit.MILLISECONDS.toNanos(patienceMs);
        while (done < of) {
            long left = patience - (System.nanoTime() - behindSince);
            if (left <= 0) {
                return new SearchResult.Indexing(done, of);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return null;
    }
}
