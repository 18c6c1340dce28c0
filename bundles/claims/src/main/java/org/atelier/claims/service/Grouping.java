package org.atelier.claims.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.claims.french.Actors;
import org.atelier.claims.text.Words;

/**
 * Groups the claims and suggestions of different documents that state the same thing. Two items of different
 * documents go together when they state the same figure (amount, count or percentage, however written) and
 * share an actor or some wording, or when their wording is close and they share an actor, or when it is very
 * close; two items of one document go together when their spans overlap (a claim and the suggestion it came
 * from). A group is a connected set of such pairs spanning at least two documents.
 *
 * <p>Closeness of wording is the cosine of the items' content stems and actor names, each weighted by how rare
 * it is among the items (a name every article uses tells little). Two items are compared only when they share a
 * term no more common than {@value #COMMON} items, a strong figure, or their document. {@link GroupIndex} keeps
 * the items and finds the groups.
 */
final class Grouping {
    static final double FIGURE_WORDING = 0.1;
    static final double CLOSE_WORDING = 0.35;
    static final double VERY_CLOSE_WORDING = 0.5;
    /** Terms more common than this among the items are not used to find candidates, only to score them. */
    static final int COMMON = 200;

    /**
     * One claim or suggestion.
     *
     * @param key         unique among the items ({@code docId:start-end}, or a claim id)
     * @param storedGroup the group a claim already belongs to, which its group keeps, or {@code null}
     */
    record Item(String key, String docId, TextPositionSelector position, List<Figure> figures, Set<String> actors,
            Set<String> stems, String storedGroup) {

        /** A claim as grouping sees it, with the group it already belongs to. */
        static Item of(Claim claim) {
            return new Item(claim.id(), claim.docId(), claim.position(), claim.figures(),
                    Actors.keys(Actors.find(claim.text(), Set.of())), Words.stems(claim.text()), claim.group());
        }
    }

    private Grouping() {}

    /** The terms that closeness of wording is measured on: the item's content stems and its actors' names. */
    static Set<String> terms(Item item) {
        Set<String> terms = new HashSet<>(item.stems());
        item.actors().forEach(a -> terms.add("@" + a));
        return terms;
    }

    /**
     * The group of a connected set of items: the smallest group a claim among them already belongs to, else one
     * named after the smallest key when they span two documents or more; {@code null} for none.
     */
    static String name(Collection<Item> members) {
        Set<String> documents = new HashSet<>();
        String stored = null;
        String smallestKey = null;
        for (Item item : members) {
            documents.add(item.docId());
            if (item.storedGroup() != null && (stored == null || item.storedGroup().compareTo(stored) < 0)) {
                stored = item.storedGroup();
            }
            if (smallestKey == null || item.key().compareTo(smallestKey) < 0) {
                smallestKey = item.key();
            }
        }
        if (documents.size() < 2 && stored == null) {
            return null;
        }
        return stored != null ? stored : id(smallestKey);
    }

    /** Whether two items state the same thing. */
    static boolean related(Item a, Item b, Set<String> termsA, Set<String> termsB, ToIntFunction<String> frequency,
            int n) {
        if (a.docId().equals(b.docId())) {
            return a.position().overlaps(b.position());
        }
        boolean sameFigure = false;
        for (Figure fa : strong(a.figures())) {
            for (Figure fb : strong(b.figures())) {
                sameFigure |= fa.sameAs(fb);
            }
        }
        boolean sharedActor = a.actors().stream().anyMatch(b.actors()::contains);
        double wording = cosine(termsA, termsB, frequency, n);
        return (sameFigure && (sharedActor || wording >= FIGURE_WORDING))
                || (sharedActor && wording >= CLOSE_WORDING)
                || wording >= VERY_CLOSE_WORDING;
    }

    static double cosine(Set<String> a, Set<String> b, ToIntFunction<String> frequency, int n) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String t : a) {
            double w = idf(t, frequency, n);
            na += w * w;
            if (b.contains(t)) {
                dot += w * w;
            }
        }
        for (String t : b) {
            double w = idf(t, frequency, n);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double idf(String term, ToIntFunction<String> frequency, int n) {
        return Math.log(1 + (double) n / Math.max(1, frequency.applyAsInt(term)));
    }

    /** The figures that tie items together: amounts, counts and percentages, not years or dates. */
    static List<Figure> strong(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.kind() != Figure.Kind.YEAR && f.kind() != Figure.Kind.DATE)
                .toList();
    }

    /** {@code g} and eight hex digits of the SHA-256 of the group's first member: the same group, the same id. */
    static String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "g" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
