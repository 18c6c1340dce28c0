package org.atelier.claims.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The claims and suggestions that grouping knows of, indexed by term, strong figure and document as they come and
 * go. The group of an item is found by walking out from it through its candidates ({@link Grouping}): the work is
 * that of its group and their neighbours, whatever the number of items or documents. A group is a connected set of
 * related items and relatedness goes both ways, so walking from any member finds the group that grouping every item
 * at once would find.
 */
final class GroupIndex {
    /** An item with what finding its candidates needs. */
    private record Entry(Grouping.Item item, Set<String> terms, Set<String> figures) {
        static Entry of(Grouping.Item item) {
            Set<String> figures = new HashSet<>();
            Grouping.strong(item.figures()).forEach(f -> figures.add(f.normalized()));
            return new Entry(item, Grouping.terms(item), figures);
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    /** The keys of the items holding each term; its size is how common the term is. */
    private final Map<String, Set<String>> keysByTerm = new HashMap<>();
    private final Map<String, Set<String>> keysByFigure = new HashMap<>();
    private final Map<String, Set<String>> keysByDocument = new HashMap<>();

    /** Adds the item, or replaces the one with its key. */
    synchronized void put(Grouping.Item item) {
        remove(item.key());
        Entry entry = Entry.of(item);
        entries.put(item.key(), entry);
        entry.terms().forEach(t -> keysByTerm.computeIfAbsent(t, k -> new HashSet<>()).add(item.key()));
        entry.figures().forEach(f -> keysByFigure.computeIfAbsent(f, k -> new HashSet<>()).add(item.key()));
        keysByDocument.computeIfAbsent(item.docId(), k -> new HashSet<>()).add(item.key());
    }

    synchronized void remove(String key) {
        Entry entry = entries.remove(key);
        if (entry == null) {
            return;
        }
        entry.terms().forEach(t -> unlist(keysByTerm, t, key));
        entry.figures().forEach(f -> unlist(keysByFigure, f, key));
        unlist(keysByDocument, entry.item().docId(), key);
    }

    synchronized int size() {
        return entries.size();
    }

    /**
     * The group of each of these items that has one, and of the items grouped with them, by key. Each group is
     * found in one hold of the index, so that a long question lets changes in between.
     */
    Map<String, String> groups(Collection<String> keys) {
        Map<String, String> groups = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (seen.contains(key)) {
                continue;
            }
            synchronized (this) {
                Entry start = entries.get(key);
                if (start == null) {
                    continue;
                }
                seen.add(key);
                List<Grouping.Item> members = connected(start, null, seen);
                String group = Grouping.name(members);
                if (group != null) {
                    members.forEach(m -> groups.put(m.key(), group));
                }
            }
        }
        return groups;
    }

    /** The group {@code item}, not yet held, would belong to if it were added, or {@code null}. */
    synchronized String groupWith(Grouping.Item item) {
        Entry probe = Entry.of(item);
        Set<String> seen = new HashSet<>();
        seen.add(item.key());
        return Grouping.name(connected(probe, probe, seen));
    }

    /**
     * The items connected to {@code start}, {@code start} first, marking each in {@code seen}; {@code probe}, when
     * given, counts among the items without being held.
     */
    private List<Grouping.Item> connected(Entry start, Entry probe, Set<String> seen) {
        int n = entries.size() + (probe == null ? 0 : 1);
        ToIntFunction<String> frequency = term -> {
            Set<String> keys = keysByTerm.get(term);
            return (keys == null ? 0 : keys.size()) + (probe != null && probe.terms().contains(term) ? 1 : 0);
        };
        List<Grouping.Item> members = new ArrayList<>();
        Deque<Entry> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            Entry entry = pending.poll();
            members.add(entry.item());
            for (String key : candidates(entry, frequency)) {
                if (seen.contains(key)) {
                    continue;
                }
                Entry other = entries.get(key);
                if (Grouping.related(entry.item(), other.item(), entry.terms(), other.terms(), frequency, n)) {
                    seen.add(key);
                    pending.add(other);
                }
            }
        }
        return members;
    }

    /** The items that share an uncommon term, a strong figure or the document with {@code entry}. */
    private Set<String> candidates(Entry entry, ToIntFunction<String> frequency) {
        Set<String> candidates = new HashSet<>();
        for (String term : entry.terms()) {
            Set<String> keys = keysByTerm.get(term);
            if (keys != null && frequency.applyAsInt(term) <= Grouping.COMMON) {
                candidates.addAll(keys);
            }
        }
        for (String figure : entry.figures()) {
            candidates.addAll(keysByFigure.getOrDefault(figure, Set.of()));
        }
        candidates.addAll(keysByDocument.getOrDefault(entry.item().docId(), Set.of()));
        return candidates;
    }

    private static void unlist(Map<String, Set<String>> index, String value, String key) {
        Set<String> keys = index.get(value);
        if (keys != null && keys.remove(key) && keys.isEmpty()) {
            index.remove(value);
        }
    }
}
