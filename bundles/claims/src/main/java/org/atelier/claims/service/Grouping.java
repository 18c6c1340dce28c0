package org.atelier.claims.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.atelier.api.claims.Figure;
import org.atelier.api.claims.TextPositionSelector;

/**
 * Groups the claims and suggestions of different documents that state the same thing. Two items of different
 * documents go together when they state the same figure (amount, count or percentage, however written) and
 * share an actor or some wording, or when their wording is close and they share an actor, or when it is very
 * close; two items of one document go together when their spans overlap (a claim and the suggestion it came
 * from). A group is a connected set of such pairs spanning at least two documents.
 *
 * <p>Closeness of wording is the cosine of the items' content stems and actor names, each weighted by how rare
 * it is among the items (a name every article uses tells little).
 */
final class Grouping {
    static final double FIGURE_WORDING = 0.1;
    static final double CLOSE_WORDING = 0.35;
    static final double VERY_CLOSE_WORDING = 0.5;
    /** Terms more common than this among the items are not used to find candidates, only to score them. */
    private static final int COMMON = 200;

    /**
     * One claim or suggestion.
     *
     * @param key         unique among the items ({@code docId:start-end}, or a claim id)
     * @param storedGroup the group a claim already belongs to, which its group keeps, or {@code null}
     */
    record Item(String key, String docId, TextPositionSelector position, List<Figure> figures, Set<String> actors,
            Set<String> stems, String storedGroup) {}

    private Grouping() {}

    /** The group of each item that has one, by key. */
    static Map<String, String> groups(List<Item> items) {
        int n = items.size();
        Map<String, Integer> df = new HashMap<>();
        List<Set<String>> terms = new ArrayList<>(n);
        for (Item item : items) {
            Set<String> t = new HashSet<>(item.stems());
            item.actors().forEach(a -> t.add("@" + a));
            terms.add(t);
            t.forEach(term -> df.merge(term, 1, Integer::sum));
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String term : terms.get(i)) {
                if (df.get(term) <= COMMON) {
                    postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
                }
            }
            for (Figure f : strong(items.get(i).figures())) {
                postings.computeIfAbsent("#" + f.normalized(), k -> new ArrayList<>()).add(i);
            }
            postings.computeIfAbsent("$" + items.get(i).docId(), k -> new ArrayList<>()).add(i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> candidates = new TreeSet<>();
            for (String term : terms.get(i)) {
                candidates.addAll(postings.getOrDefault(term, List.of()));
            }
            for (Figure f : strong(items.get(i).figures())) {
                candidates.addAll(postings.get("#" + f.normalized()));
            }
            candidates.addAll(postings.get("$" + items.get(i).docId()));
            for (int j : candidates) {
                if (j > i && find(parent, i) != find(parent, j) && related(items.get(i), items.get(j),
                        terms.get(i), terms.get(j), df, n)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < n; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<String, String> groups = new HashMap<>();
        for (List<Integer> members : components.values()) {
            Set<String> documents = new HashSet<>();
            String stored = null;
            String smallestKey = null;
            for (int m : members) {
                Item item = items.get(m);
                documents.add(item.docId());
                if (item.storedGroup() != null && (stored == null || item.storedGroup().compareTo(stored) < 0)) {
                    stored = item.storedGroup();
                }
                if (smallestKey == null || item.key().compareTo(smallestKey) < 0) {
                    smallestKey = item.key();
                }
            }
            if (documents.size() < 2 && stored == null) {
                continue;
            }
            String group = stored != null ? stored : id(smallestKey);
            for (int m : members) {
                groups.put(items.get(m).key(), group);
            }
        }
        return groups;
    }

    /** Whether two items state the same thing. */
    static boolean related(Item a, Item b, Set<String> termsA, Set<String> termsB, Map<String, Integer> df, int n) {
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
        double wording = cosine(termsA, termsB, df, n);
        return (sameFigure && (sharedActor || wording >= FIGURE_WORDING))
                || (sharedActor && wording >= CLOSE_WORDING)
                || wording >= VERY_CLOSE_WORDING;
    }

    static double cosine(Set<String> a, Set<String> b, Map<String, Integer> df, int n) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (String t : a) {
            double w = idf(t, df, n);
            na += w * w;
            if (b.contains(t)) {
                dot += w * w;
            }
        }
        for (String t : b) {
            double w = idf(t, df, n);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double idf(String term, Map<String, Integer> df, int n) {
        return Math.log(1 + (double) n / df.getOrDefault(term, 1));
    }

    private static List<Figure> strong(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.kind() != Figure.Kind.YEAR && f.kind() != Figure.Kind.DATE)
                .toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
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
