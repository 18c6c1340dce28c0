package org.atelier.search.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.corpus.UnreadableDocumentException;

/**
 * A document store in memory that tells one index of its changes, as the store's whiteboard would. As the real
 * store, {@link #forEach} hands out documents page by page without holding the store while the caller works.
 * A test may make documents unreadable, and hold a walk of the store after some documents.
 */
final class MemoryStore implements DocumentStore {
    private static final int PAGE = 100;

    private final Map<String, Document> documents = new LinkedHashMap<>();
    /** Each document by the sequence number of its last put: walks page by it, as the real store does. */
    private final TreeMap<Long, String> bySequence = new TreeMap<>();
    private final Map<String, Long> sequenceOf = new HashMap<>();
    private long lastSequence;
    private final Set<String> unreadable = new HashSet<>();
    private SearchIndex listener;
    private int holdAfter = -1;
    private CountDownLatch held = new CountDownLatch(0);
    private final CountDownLatch reachedHold = new CountDownLatch(1);
    private int reads;

    static DocumentInfo info(String id, String title, String outlet, String language, String date) {
        return new DocumentInfo(id, title, id + ".txt", language, 100, outlet, date, Instant.EPOCH, null, null);
    }

    void listen(SearchIndex index) {
        this.listener = index;
    }

    synchronized MemoryStore put(DocumentInfo info, String text) {
        return put(new Document(info, text));
    }

    synchronized MemoryStore put(Document document) {
        DocumentInfo info = document.info();
        documents.put(info.id(), document);
        Long previous = sequenceOf.put(info.id(), ++lastSequence);
        if (previous != null) {
            bySequence.remove(previous);
        }
        bySequence.put(lastSequence, info.id());
        if (listener != null) {
            listener.added(info.id());
        }
        return this;
    }

    /** From now on, reading this document fails as a damaged record does. */
    synchronized MemoryStore breakDocument(String id) {
        unreadable.add(id);
        return this;
    }

    /** The next walks of the store stop after handing out {@code documents}, until {@link #release()}. */
    synchronized void holdWalksAfter(int documents) {
        holdAfter = documents;
        held = new CountDownLatch(1);
    }

    /** Waits until a walk is held. */
    boolean awaitHeld(long seconds) throws InterruptedException {
        return reachedHold.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        held.countDown();
    }

    @Override
    public void forEach(Consumer<DocumentInfo> action) {
        int handedOut = 0;
        long after = 0;
        while (true) {
            List<DocumentInfo> page = new ArrayList<>();
            CountDownLatch gate;
            int holdAt;
            synchronized (this) {
                for (Map.Entry<Long, String> entry : bySequence.tailMap(after, false).entrySet()) {
                    if (page.size() == PAGE) {
                        break;
                    }
                    page.add(documents.get(entry.getValue()).info());
                    after = entry.getKey();
                }
                gate = held;
                holdAt = holdAfter;
            }
            for (DocumentInfo info : page) {
                if (handedOut == holdAt) {
                    reachedHold.countDown();
                    await(gate);
                }
                action.accept(info);
                handedOut++;
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized long count() {
        return documents.size();
    }

    @Override
    public synchronized DocumentPage page(DocumentQuery query) {
        List<DocumentInfo> all = documents.values().stream().map(Document::info).toList();
        int from = query.after() == null ? 0 : Integer.parseInt(query.after());
        int to = Math.min(all.size(), from + query.limit());
        return new DocumentPage(all.subList(from, to), all.size(), to < all.size() ? Integer.toString(to) : null);
    }

    @Override
    public synchronized Optional<DocumentInfo> info(String id) {
        return Optional.ofNullable(documents.get(id)).map(Document::info);
    }

    @Override
    public synchronized boolean isCurrent(String id) {
        return documents.containsKey(id);
    }

    /** How many documents were read with their text. */
    synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized Optional<Document> get(String id) {
        reads++;
        if (unreadable.contains(id)) {
            throw new UnreadableDocumentException(id, "checksum mismatch", null);
        }
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public synchronized Optional<DocumentInfo> resolve(String idOrPrefix) {
        List<DocumentInfo> found = documents.values().stream()
                .map(Document::info)
                .filter(i -> i.id().startsWith(idOrPrefix))
                .toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("ambiguous: " + idOrPrefix);
        }
        return found.stream().findFirst();
    }

    @Override
    public synchronized boolean remove(String id) {
        Document removed = documents.remove(id);
        Long sequence = sequenceOf.remove(id);
        if (sequence != null) {
            bySequence.remove(sequence);
        }
        if (removed != null && listener != null) {
            listener.removed(id);
        }
        return removed != null;
    }

    @Override
    public synchronized List<UnreadableDocument> unreadable() {
        return unreadable.stream().map(id -> new UnreadableDocument(id, id + ".txt", "checksum mismatch")).toList();
    }

    /** The deprecated whole list: the index must not use it. */
    @Override
    @Deprecated
    public List<DocumentInfo> list() {
        throw new AssertionError("the search index lists the whole store");
    }
}
