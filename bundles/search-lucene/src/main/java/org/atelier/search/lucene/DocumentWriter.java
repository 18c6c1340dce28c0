package org.atelier.search.lucene;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.atelier.api.corpus.Document;

/**
 * Writes documents to the index for the threads that do: the one that applies the changes the store tells, and
 * those of a walk of the store that catches up or rebuilds. A walk reads documents at its own pace, so a change
 * told meanwhile may be newer than what the walk read: a walk leaves alone every document a change touched while
 * it ran. A lock per slice of ids orders that check with the change itself; documents of other slices are
 * written in parallel, as IndexWriter allows.
 *
 * <p>Every write records the sequence number the writer gave it, so that a search can wait until its searcher
 * shows everything written before it.
 */
final class DocumentWriter {
    private static final int STRIPES = 64;

    private final IndexWriter writer;
    private final AtomicLong lastSequenceNumber = new AtomicLong();
    private final Object[] stripes = new Object[STRIPES];
    /** Held to change a document, and exclusively to start a walk: no change is half done when it starts. */
    private final ReadWriteLock walkStart = new ReentrantReadWriteLock();
    /** The documents changes touched since the walk under way began; {@code null} when no walk runs. */
    private volatile Set<String> changedDuringWalk;

    DocumentWriter(IndexWriter writer) {
        this.writer = writer;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** The sequence number of the last write: a searcher that reached it shows every write so far. */
    long lastSequenceNumber() {
        return lastSequenceNumber.get();
    }

    /** A change told by the store: the document's current version, or its removal when {@code document} is null. */
    void change(String id, Document document) throws IOException {
        walkStart.readLock().lock();
        try {
            synchronized (stripe(id)) {
                Set<String> changed = changedDuringWalk;
                if (changed != null) {
                    changed.add(id);
                }
                if (document == null) {
                    written(writer.deleteDocuments(IndexSchema.idTerm(id)));
                } else {
                    written(writer.updateDocument(IndexSchema.idTerm(id),
                            IndexSchema.document(document)));
                }
            }
        } finally {
            walkStart.readLock().unlock();
        }
    }

    /**
     * Starts a walk: from now on changes are remembered.
     *
     * @return the ids in the index now, every change told before included
     */
    IndexedIds beginWalk() throws IOException {
        walkStart.writeLock().lock();
        try {
            changedDuringWalk = ConcurrentHashMap.newKeySet();
        } finally {
            walkStart.writeLock().unlock();
        }
        // Opened once changes are remembered: a change is in this reader, or remembered, or both.
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return IndexedIds.of(reader);
        } catch (IOException | RuntimeException e) {
            endWalk();
            throw e;
        }
    }

    /** Ends the walk; every write of it is done. */
    void endWalk() {
        changedDuringWalk = null;
    }

    /**
     * Writes a document the walk read, unless a change touched it meanwhile.
     *
     * @param replace whether the index may hold it already
     */
    void walked(Document document, boolean replace) throws IOException {
        org.apache.lucene.document.Document doc = IndexSchema.document(document);
        // Held for one document's analysis: a change of the same slice waits for that at most, never for the walk.
        synchronized (stripe(document.id())) {
            if (changedDuringWalk.contains(document.id())) {
                return;
            }
            written(replace ? writer.updateDocument(IndexSchema.idTerm(document.id()), doc) : writer.addDocument(doc));
        }
    }

    /** Removes a document the walk did not find in the store, unless a change touched it meanwhile. */
    void walkedPast(String id) throws IOException {
        synchronized (stripe(id)) {
            if (!changedDuringWalk.contains(id)) {
                written(writer.deleteDocuments(IndexSchema.idTerm(id)));
            }
        }
    }

    private Object stripe(String id) {
        return stripes[Math.floorMod(id.hashCode(), STRIPES)];
    }

    private void written(long sequenceNumber) {
        lastSequenceNumber.accumulateAndGet(sequenceNumber, Math::max);
    }
}
