package org.atelier.claims.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.atelier.api.claims.Claim;
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
 * claims. What the suggesters propose for a document is kept by document id (a document's text never changes
 * under its id) until the suggesters change; the grouping is redone when documents or claims change.
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
    }

    private final Logger log;
    private final List<Suggester> suggesters = new CopyOnWriteArrayList<>();
    private final Map<String, List<Proposed>> byDocument = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long generation;
    private long computedGeneration = -1;
    private List<Suggestion> computed = List.of();

    SuggestionBook(Logger log) {
        this.log = log;
    }

    void addSuggester(ClaimSuggester suggester, String name) {
        suggesters.add(new Suggester(suggester, name));
        byDocument.clear();
        changed();
    }

    void removeSuggester(ClaimSuggester suggester) {
        suggesters.removeIf(s -> s.suggester() == suggester);
        byDocument.clear();
        changed();
    }

    /** Documents or claims changed: group again at the next question. */
    void changed() {
        synchronized (lock) {
            generation++;
        }
    }

    void forget(String docId) {
        byDocument.remove(docId);
        changed();
    }

    /**
     * Every suggestion of the current documents, by document then position.
     *
     * @param documents the current documents, oldest import first
     * @param texts     reads a document's text
     * @param claims    the claims, for grouping and to tell which suggestions were accepted
     */
    List<Suggestion> all(List<DocumentInfo> documents, Function<String, Optional<Document>> texts,
            Supplier<List<Claim>> claims) {
        long wanted;
        synchronized (lock) {
            if (computedGeneration == generation) {
                return computed;
            }
            wanted = generation;
        }
        List<Proposed> proposed = new ArrayList<>();
        for (DocumentInfo document : documents) {
            proposed.addAll(byDocument.computeIfAbsent(document.id(), id -> propose(document, texts)));
        }
        List<Claim> current = claims.get();
        Set<String> currentIds = new HashSet<>();
        documents.forEach(d -> currentIds.add(d.id()));
        List<Grouping.Item> items = new ArrayList<>();
        for (Proposed p : proposed) {
            items.add(new Grouping.Item(p.key(), p.document().id(), p.suggested().position(), p.suggested().figures(),
                    p.actors(), p.stems(), null));
        }
        Map<String, String> acceptedAs = new HashMap<>();
        for (Claim claim : current) {
            if (claim.origin() != null) {
                acceptedAs.putIfAbsent(claim.origin().suggestion(), claim.id());
            }
            if (!claim.orphaned() && currentIds.contains(claim.docId())) {
                items.add(item(claim));
            }
        }
        Map<String, String> groups = Grouping.groups(items);
        List<Suggestion> result = new ArrayList<>();
        for (Proposed p : proposed) {
            SuggestedClaim s = p.suggested();
            result.add(new Suggestion(p.id(), p.document().id(), p.document().path(), p.quote(), s.position(),
                    s.claimant(), s.subject(), s.figures(), s.hedged(), s.confidence(), s.reasons(),
                    groups.get(p.key()), p.suggester(), acceptedAs.get(p.id())));
        }
        List<Suggestion> immutable = List.copyOf(result);
        synchronized (lock) {
            if (generation == wanted) {
                computed = immutable;
                computedGeneration = wanted;
            }
        }
        return immutable;
    }

    /** The group a claim would join among these suggestions and claims. */
    static String groupOf(Claim claim, List<Suggestion> suggestions, List<Claim> claims) {
        List<Grouping.Item> items = new ArrayList<>();
        for (Suggestion s : suggestions) {
            items.add(new Grouping.Item(s.docId() + ":" + s.position(), s.docId(), s.position(), s.figures(),
                    Actors.keys(Actors.find(s.text(), Set.of())), Words.stems(s.text()), s.group()));
        }
        for (Claim other : claims) {
            if (!other.orphaned() && !other.id().equals(claim.id())) {
                items.add(item(other));
            }
        }
        items.add(new Grouping.Item(claim.id(), claim.docId(), claim.position(), claim.figures(),
                Actors.keys(Actors.find(claim.text(), Set.of())), Words.stems(claim.text()), null));
        return Grouping.groups(items).get(claim.id());
    }

    private static Grouping.Item item(Claim claim) {
        return new Grouping.Item(claim.id(), claim.docId(), claim.position(), claim.figures(),
                Actors.keys(Actors.find(claim.text(), Set.of())), Words.stems(claim.text()), claim.group());
    }

    private List<Proposed> propose(DocumentInfo document,
            Function<String, Optional<Document>> texts) {
        Optional<Document> found = texts.apply(document.id());
        if (found.isEmpty()) {
            return List.of();
        }
        Document doc = found.get();
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
        return docId.substring(0, Math.min(8, docId.length())) + "-" + start + "-" + end;
    }
}
