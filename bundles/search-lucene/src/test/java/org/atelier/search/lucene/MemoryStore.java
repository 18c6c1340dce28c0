package org.atelier.search.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;

/** A document store in memory that tells one index of its changes, as the store's whiteboard would. */
final class MemoryStore implements DocumentStore {
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private SearchIndex listener;

    static DocumentInfo info(String id, String title, String outlet, String language, String date) {
        return new DocumentInfo(id, title, id + ".txt", language, 100, outlet, date, Instant.EPOCH, null, null);
    }

    void listen(SearchIndex index) {
        this.listener = index;
    }

    synchronized MemoryStore put(DocumentInfo info, String text) {
        documents.put(info.id(), new Document(info, text));
        if (listener != null) {
            listener.added(info.id());
        }
        return this;
    }

    @Override
    public synchronized List<DocumentInfo> list() {
        List<DocumentInfo> result = new ArrayList<>();
        documents.values().forEach(d -> result.add(d.info()));
        return result;
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
        if (removed != null && listener != null) {
            listener.removed(id);
        }
        return removed != null;
    }
}
