package org.atelier.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentStore;

/**
 * A document store in memory that behaves as the workspace's does: ids from the text, a changed text at the same
 * path supersedes the earlier version (which {@link #get} still finds), and listeners are told afterwards.
 */
public final class MemoryStore implements DocumentStore {
    private final Map<String, Document> all = new LinkedHashMap<>();
    private final Map<String, String> currentByPath = new LinkedHashMap<>();
    private final List<DocumentListener> listeners = new ArrayList<>();

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
    public synchronized List<DocumentInfo> list() {
        return currentByPath.values().stream().map(id -> all.get(id).info()).toList();
    }

    @Override
    public synchronized void forEach(java.util.function.Consumer<DocumentInfo> action) {
        list().forEach(action);
    }

    @Override
    public synchronized long count() {
        return list().size();
    }

    @Override
    public synchronized org.atelier.api.corpus.DocumentPage page(org.atelier.api.corpus.DocumentQuery query) {
        List<DocumentInfo> current = list();
        return new org.atelier.api.corpus.DocumentPage(current.subList(0, Math.min(query.limit(), current.size())),
                current.size(), null);
    }

    @Override
    public synchronized Optional<DocumentInfo> info(String id) {
        return get(id).map(Document::info);
    }

    @Override
    public synchronized boolean isCurrent(String id) {
        return list().stream().anyMatch(d -> d.id().equals(id));
    }

    @Override
    public List<org.atelier.api.corpus.UnreadableDocument> unreadable() {
        return List.of();
    }

    @Override
    public synchronized Optional<Document> get(String id) {
        return Optional.ofNullable(all.get(id));
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
