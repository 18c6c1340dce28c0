package org.atelier.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.corpus.UnreadableDocumentException;

/**
 * A document store in memory that behaves as the workspace's does: ids from the text, a changed text at the same
 * path supersedes the earlier version (which {@link #get} still finds), and listeners are told afterwards. It
 * counts the documents read and the walks of the corpus, so that a test can tell what an operation costs, and a
 * document can be damaged to be unreadable.
 */
public final class MemoryStore implements DocumentStore {
    private final Map<String, Document> all = new LinkedHashMap<>();
    private final Map<String, String> currentByPath = new LinkedHashMap<>();
    private final List<DocumentListener> listeners = new ArrayList<>();
    private final Set<String> unreadable = new HashSet<>();
    private final List<String> reads = new ArrayList<>();
    private int walks;

    public void listen(DocumentListener listener) {
        listeners.add(listener);
    }

    /** No longer tells {@code listener}: as when its bundle stops. */
    public void ignore(DocumentListener listener) {
        listeners.remove(listener);
    }

    /** Stores {@code text} as the document at {@code path}: new, or a new version of what is there. */
    public synchronized DocumentInfo put(String path, String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String id = id(nfc);
        String previousId = currentByPath.get(path);
        if (id.equals(previousId)) {
            return all.get(id).info();
        }
        DocumentInfo previous = previousId == null ? null : all.get(previousId).info();
        DocumentInfo info = new DocumentInfo(id, path, path, "fr", nfc.length(), null, null, Instant.now(), null,
                previousId);
        all.put(id, new Document(info, nfc));
        currentByPath.put(path, id);
        for (DocumentListener listener : listeners) {
            if (previous == null) {
                listener.added(info);
            } else {
                listener.replaced(previous, info);
            }
        }
        return info;
    }

    @Override
    @Deprecated
    public synchronized List<DocumentInfo> list() {
        walks++;
        return current();
    }

    @Override
    public synchronized void forEach(Consumer<DocumentInfo> action) {
        walks++;
        current().forEach(action);
    }

    @Override
    public synchronized long count() {
        return currentByPath.size();
    }

    /** Pages in the order of {@link #current()} whatever the sort, without filters: enough for the claims. */
    @Override
    public synchronized DocumentPage page(DocumentQuery query) {
        List<DocumentInfo> current = current();
        if (query.descending()) {
            current = current.reversed();
        }
        int from = query.after() == null ? 0 : Integer.parseInt(query.after());
        int to = Math.min(current.size(), from + query.limit());
        return new DocumentPage(current.subList(Math.min(from, to), to), current.size(),
                to < current.size() ? Integer.toString(to) : null);
    }

    @Override
    public synchronized Optional<DocumentInfo> info(String id) {
        return Optional.ofNullable(all.get(id)).map(Document::info);
    }

    @Override
    public synchronized boolean isCurrent(String id) {
        Document document = all.get(id);
        return document != null && id.equals(currentByPath.get(document.info().path()));
    }

    @Override
    public synchronized List<UnreadableDocument> unreadable() {
        return unreadable.stream().map(id -> new UnreadableDocument(id, all.get(id).info().path(), "damaged"))
                .toList();
    }

    @Override
    public synchronized Optional<Document> get(String id) {
        reads.add(id);
        if (unreadable.contains(id)) {
            throw new UnreadableDocumentException(id, "damaged", null);
        }
        return Optional.ofNullable(all.get(id));
    }

    /** From now on {@link #get} of this document fails, as a store whose copy of it is damaged. */
    public synchronized void damage(String id) {
        unreadable.add(id);
    }

    /** The ids {@link #get} was asked for since the last {@link #resetCounts}, in order. */
    public synchronized List<String> reads() {
        return List.copyOf(reads);
    }

    /** How many times the whole corpus was walked ({@link #forEach}, {@link #list}) since the last reset. */
    public synchronized int walks() {
        return walks;
    }

    public synchronized void resetCounts() {
        reads.clear();
        walks = 0;
    }

    /** The current documents, in the order their paths were first stored. */
    private List<DocumentInfo> current() {
        return currentByPath.values().stream().map(id -> all.get(id).info()).toList();
    }

    @Override
    public synchronized Optional<DocumentInfo> resolve(String idOrPrefix) {
        List<DocumentInfo> matches = all.values().stream().map(Document::info)
                .filter(i -> i.id().startsWith(idOrPrefix)).toList();
        if (matches.size() > 1) {
            throw new IllegalArgumentException("id prefix '" + idOrPrefix + "' names " + matches.size()
                    + " documents");
        }
        return matches.stream().findFirst();
    }

    @Override
    public boolean remove(String id) {
        Document removed;
        synchronized (this) {
            removed = all.remove(id);
            if (removed == null) {
                return false;
            }
            currentByPath.remove(removed.info().path(), id);
        }
        listeners.forEach(l -> l.removed(removed.info()));
        return true;
    }

    static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
