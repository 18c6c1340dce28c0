package org.atelier.claims.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.atelier.api.claims.ClaimSuggester;
import org.atelier.api.claims.SuggestedClaim;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.claims.french.Actors;
import org.atelier.claims.text.Words;
import org.osgi.service.log.Logger;

/**
 * The suggestions of the current documents, from every suggester installed, grouped across documents with the
 * claims. What the suggesters propose for a document is worked out when that document's suggestions are first
 * needed, and kept by document id (a document's text never changes under its id) until the suggesters change.
 * Every proposal kept is an item of the {@link GroupIndex}, with the claims: the suggestions of one document are
 * grouped with the claims and with the suggestions of every document proposed for so far (every current document
 * once all suggestions have been asked for), and giving them reads that one document at most.
 */
final class SuggestionBook {
    /** A suggester and its name. */
    record Suggester(ClaimSuggester suggester, String name) {}

    /** What the suggesters proposed in one document, with what grouping needs. */
    record Proposed(DocumentInfo document, SuggestedClaim suggested, String suggester, TextQuoteSelector quote,
            Set<String> actors, Set<String> stems) {

        String id() {
            return SuggestionBook.id(document.id(), suggested.position().start(), suggested.position().end());
        }

        String key() {
            return document.id() + ":" + suggested.position();
        }

        Grouping.Item item() {
            return new Grouping.Item(key(), document.id(), suggested.position(), suggested.figures(), actors, stems,
                    null);
        }
    }

    private final Logger log;
    private final GroupIndex groups;
    /** The claim a suggestion was accepted as, by suggestion id, or {@code null}. */
    private final Function<String, String> acceptedAs;
    private final List<Suggester> suggesters = new CopyOnWriteArrayList<>();
    /** What was proposed, by document id; changed with {@link #groups} under {@link #lock}. */
    private final Map<String, List<Proposed>> byDocument = new ConcurrentHashMap<>();
    /** The ids of the documents in {@link #byDocument}, by the part of the id that suggestion ids hold. */
    private final Map<String, Set<String>> documentsByIdPrefix = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    /** Counts the changes to documents, claims and proposals; what was grouped before a change is grouped again. */
    private long generation;
    private long computedGeneration = -1;
    private List<Suggestion> computed = List.of();
    /** The grouped suggestions of single documents, as of {@link #generation}. */
    private final Map<String, List<Suggestion>> groupedByDocument = new HashMap<>();

    SuggestionBook(Logger log, GroupIndex groups, Function<String, String> acceptedAs) {
        this.log = log;
        this.groups = groups;
        this.acceptedAs = acceptedAs;
    }

    void addSuggester(ClaimSuggester suggester, String name) {
        suggesters.add(new Suggester(suggester, name));
        forgetAll();
    }

    void removeSuggester(ClaimSuggester suggester) {
        suggesters.removeIf(s -> s.suggester() == suggester);
        forgetAll();
    }

    /** Documents, claims or proposals changed: group again at the next question. */
    void changed() {
        synchronized (lock) {
            generation++;
            groupedByDocument.clear();
        }
    }

    /** The document is no longer current: its proposals go, from the groups too. */
    void forget(String docId) {
        synchronized (lock) {
            List<Proposed> known = byDocument.remove(docId);
            if (known != null) {
                known.forEach(p -> groups.remove(p.key()));
                Set<String> alike = documentsByIdPrefix.get(prefix(docId));
                if (alike != null && alike.remove(docId) && alike.isEmpty()) {
                    documentsByIdPrefix.remove(prefix(docId));
                }
            }
            changed();
        }
    }

    private void forgetAll() {
        synchronized (lock) {
            byDocument.values().forEach(known -> known.forEach(p -> groups.remove(p.key())));
            byDocument.clear();
            documentsByIdPrefix.clear();
            changed();
        }
    }

    /**
     * Every suggestion of the current documents, by document then position.
     *
     * @param currentDocuments walks the current documents, oldest import first
     * @param texts            reads a document; empty when it is gone or cannot be read
     */
    List<Suggestion> all(Consumer<Consumer<DocumentInfo>> currentDocuments,
            Function<String, Optional<Document>> texts) {
        synchronized (lock) {
            if (computedGeneration == generation) {
                return computed;
            }
        }
        List<Proposed> proposed = new ArrayList<>();
        currentDocuments.accept(
                document -> proposed.addAll(proposals(document.id(), () -> texts.apply(document.id()))));
        long wanted = generation();
        List<Suggestion> result = grouped(proposed);
        synchronized (lock) {
            if (generation == wanted) {
                computed = result;
                computedGeneration = wanted;
            }
        }
        return result;
    }

    /**
     * The suggestions of one current document, by position.
     *
     * @param text reads the document, when its proposals are not known yet; empty when it is gone or unreadable
     */
    List<Suggestion> forDocument(String docId, Supplier<Optional<Document>> text) {
        synchronized (lock) {
            List<Suggestion> known = groupedByDocument.get(docId);
            if (known != null) {
                return known;
            }
        }
        List<Proposed> proposed = proposals(docId, text);
        long wanted = generation();
        List<Suggestion> result = grouped(proposed);
        synchronized (lock) {
            if (generation == wanted && byDocument.containsKey(docId)) {
                groupedByDocument.put(docId, result);
            }
        }
        return result;
    }

    /** Works out the proposals of a current document whose text is at hand, unless they are known. */
    void propose(Document document) {
        proposals(document.id(), () -> Optional.of(document));
    }

    /** The ids of the documents whose proposals are known and whose id starts with {@code prefix}. */
    Set<String> proposedFor(String prefix) {
        return Set.copyOf(documentsByIdPrefix.getOrDefault(prefix, Set.of()));
    }

    private long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    /** What the suggesters propose in a document: kept, or worked out and kept; empty when it cannot be read. */
    private List<Proposed> proposals(String docId, Supplier<Optional<Document>> text) {
        List<Proposed> known = byDocument.get(docId);
        if (known != null) {
            return known;
        }
        Optional<Document> document = text.get();
        if (document.isEmpty()) {
            return List.of(); // not kept: a document that comes back readable is proposed for then
        }
        List<Proposed> proposed = askSuggesters(document.get()); // outside the lock: suggesters are plugins' code
        synchronized (lock) {
            List<Proposed> earlier = byDocument.putIfAbsent(docId, proposed);
            if (earlier != null) {
                return earlier;
            }
            proposed.forEach(p -> groups.put(p.item()));
            documentsByIdPrefix.computeIfAbsent(prefix(docId), k -> ConcurrentHashMap.newKeySet()).add(docId);
            changed(); // the new items may join the groups of other documents' suggestions
        }
        return proposed;
    }

    private List<Suggestion> grouped(List<Proposed> proposed) {
        Map<String, String> groupOf = groups.groups(proposed.stream().map(Proposed::key).toList());
        List<Suggestion> result = new ArrayList<>(proposed.size());
        for (Proposed p : proposed) {
            SuggestedClaim s = p.suggested();
            result.add(new Suggestion(p.id(), p.document().id(), p.document().path(), p.quote(), s.position(),
                    s.claimant(), s.subject(), s.figures(), s.hedged(), s.confidence(), s.reasons(),
                    groupOf.get(p.key()), p.suggester(), acceptedAs.apply(p.id())));
        }
        return List.copyOf(result);
    }

    private List<Proposed> askSuggesters(Document doc) {
        DocumentInfo document = doc.info();
        String text = doc.text();
        Set<String> names = Actors.knownNames(text);
        int length = text.codePointCount(0, text.length());
        List<Proposed> all = new ArrayList<>();
        for (Suggester s : suggesters) {
            List<SuggestedClaim> suggested;
            try {
                suggested = s.suggester().suggest(doc);
            } catch (RuntimeException e) {
                log.error("Claim suggester {} failed on document {}", s.name(), document.id(), e);
                continue;
            }
            for (SuggestedClaim c : suggested) {
                if (c.position().end() > length || c.position().length() == 0) {
                    log.warn("Claim suggester {} proposed span {} outside document {}", s.name(), c.position(),
                            document.id());
                    continue;
                }
                TextQuoteSelector quote = TextQuoteSelector.of(text, c.position());
                all.add(new Proposed(document, c, s.name(), quote,
                        Actors.keys(Actors.find(quote.exact(), names)), Words.stems(quote.exact())));
            }
        }
        // Of two overlapping proposals, the more confident stays.
        all.sort(Comparator.comparingDouble((Proposed p) -> -p.suggested().confidence())
                .thenComparing(p -> p.suggested().position().start()));
        List<Proposed> kept = new ArrayList<>();
        for (Proposed p : all) {
            if (kept.stream().noneMatch(k -> k.suggested().position().overlaps(p.suggested().position()))) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingInt(p -> p.suggested().position().start()));
        return List.copyOf(kept);
    }

    /** The id of the suggestion of span {@code start-end} in a document: its first eight hex digits, the span. */
    static String id(String docId, int start, int end) {
        return prefix(docId) + "-" + start + "-" + end;
    }

    /** The part of a document's id that the ids of its suggestions hold. */
    static String prefix(String docId) {
        return docId.substring(0, Math.min(8, docId.length()));
    }
}
