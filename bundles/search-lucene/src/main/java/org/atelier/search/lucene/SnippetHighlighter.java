package org.atelier.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.atelier.api.search.Snippet;

/**
 * Cuts snippets from the stored text of hits with Lucene's unified highlighter, reading the match offsets from
 * the postings. Matches of the exact field count too: both fields hold the same text, so their offsets agree.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    /** Highlight long documents to their end, not only their first 10,000 characters. */
    private static final int MAX_LENGTH = 10_000_000;
    /** Where the first match sits in a passage grown to length: a third in, so that it reads in context. */
    private static final float MATCH_AT = 0.33f;

    private SnippetHighlighter(Builder builder) {
        super(builder);
    }

    /**
     * @param passageLength the length passages tend to, in characters; sentences are not cut
     */
    static SnippetHighlighter create(IndexSearcher searcher, Analyzer analyzer, int passageLength) {
        Builder builder = builder(searcher, analyzer)
                .withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.FRENCH), passageLength, MATCH_AT))
                .withMaskedFieldsFunc(field -> field.equals(IndexSchema.TEXT) ? Set.of(IndexSchema.EXACT) : Set.of())
                .withFormatter(new SnippetFormatter())
                // A hit found by its title alone still shows the start of its text.
                .withMaxNoHighlightPassages(1);
        return new SnippetHighlighter(builder);
    }

    /** The snippets of each document, in the order of {@code docIds}. */
    List<List<Snippet>> snippets(Query query, int[] docIds, int maxPassages) throws IOException {
        if (docIds.length == 0 || maxPassages <= 0) {
            return docIds.length == 0 ? List.of() : emptyLists(docIds.length);
        }
        Map<String, Object[]> byField = highlightFieldsAsObjects(
                new String[] {IndexSchema.TEXT}, query, docIds, new int[] {maxPassages});
        Object[] perDoc = byField.get(IndexSchema.TEXT);
        List<List<Snippet>> result = new ArrayList<>(docIds.length);
        for (Object snippets : perDoc) {
            result.add(snippets == null ? List.of() : castSnippets(snippets));
        }
        return result;
    }

    private static List<List<Snippet>> emptyLists(int count) {
        List<List<Snippet>> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(List.of());
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Snippet> castSnippets(Object snippets) {
        return (List<Snippet>) snippets;
    }

    /** Passages as {@link Snippet}s: their text without surrounding blanks, and merged match spans. */
    static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> snippets = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                int start = passage.getStartOffset();
                int end = Math.min(passage.getEndOffset(), content.length());
                while (start < end && Character.isWhitespace(content.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                    end--;
                }
                snippets.add(new Snippet(content.substring(start, end), start, matches(passage)));
            }
            return snippets;
        }

        private static List<Snippet.Span> matches(Passage passage) {
            int count = passage.getNumMatches();
            int[][] spans = new int[count][];
            for (int i = 0; i < count; i++) {
                spans[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
            }
            Arrays.sort(spans, Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
            List<Snippet.Span> merged = new ArrayList<>(count);
            int start = -1;
            int end = -1;
            for (int[] span : spans) {
                if (start >= 0 && span[0] <= end) {
                    end = Math.max(end, span[1]);
                    continue;
                }
                if (start >= 0) {
                    merged.add(new Snippet.Span(start, end));
                }
                start = span[0];
                end = span[1];
            }
            if (start >= 0) {
                merged.add(new Snippet.Span(start, end));
            }
            return merged;
        }
    }
}
