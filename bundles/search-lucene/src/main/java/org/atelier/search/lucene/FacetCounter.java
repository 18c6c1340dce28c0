package org.atelier.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.atelier.api.search.SearchResult.FacetCount;

/**
 * Counts the matching documents per value of keyword fields, from their doc values: per segment by ordinal, and
 * by value once the segment is done. The few distinct values of outlets and languages make this cheaper than
 * keeping a taxonomy.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, List<FacetCount>>> {
    /** Facet name to the keyword field it counts. */
    private final Map<String, String> fields;

    FacetCounter(Map<String, String> fields) {
        this.fields = fields;
    }

    @Override
    public Counts newCollector() {
        return new Counts(fields);
    }

    @Override
    public Map<String, List<FacetCount>> reduce(Collection<Counts> collectors) {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (String facet : fields.keySet()) {
            Map<String, Long> total = new HashMap<>();
            for (Counts counts : collectors) {
                counts.byValue.get(facet).forEach((value, n) -> total.merge(value, n, Long::sum));
            }
            List<FacetCount> sorted = new ArrayList<>();
            total.forEach((value, n) -> sorted.add(new FacetCount(value, n)));
            sorted.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            result.put(facet, List.copyOf(sorted));
        }
        return result;
    }

    /** The counts of one search thread. */
    static final class Counts implements Collector {
        private final Map<String, String> fields;
        private final Map<String, Map<String, Long>> byValue = new HashMap<>();

        Counts(Map<String, String> fields) {
            this.fields = fields;
            fields.keySet().forEach(facet -> byValue.put(facet, new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<String> facets = new ArrayList<>(fields.keySet());
            SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
            int[][] counts = new int[facets.size()][];
            for (int f = 0; f < facets.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), fields.get(facets.get(f)));
                counts[f] = new int[(int) values[f].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            for (int i = 0, n = values[f].docValueCount(); i < n; i++) {
                                counts[f][(int) values[f].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> totals = byValue.get(facets.get(f));
                        for (int ord = 0; ord < counts[f].length; ord++) {
                            if (counts[f][ord] > 0) {
                                totals.merge(values[f].lookupOrd(ord).utf8ToString(), (long) counts[f][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
