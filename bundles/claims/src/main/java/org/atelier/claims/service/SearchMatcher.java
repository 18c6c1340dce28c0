package org.atelier.claims.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.atelier.api.claims.Claim;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchService;
import org.atelier.api.search.Snippet;
import org.atelier.claims.text.FoldedText;
import org.atelier.claims.text.FoldedText.Mode;

/**
 * Which claims a query finds: those whose quote, claimant, subject, tags or notes hold the query's text
 * (ignoring case and accents), and, when a search service is installed, those in whose span the search finds a
 * match (so that {@code puce} finds {@code puces}, and the search syntax works).
 */
final class SearchMatcher {
    private volatile SearchService service;

    /** The claims a query finds. */
    interface Matches {
        boolean test(Claim claim);
    }

    void set(SearchService service) {
        this.service = service;
    }

    void unset(SearchService service) {
        if (this.service == service) {
            this.service = null;
        }
    }

    Matches matches(String query, List<Claim> claims, Function<String, Optional<String>> texts) {
        String folded = FoldedText.fold(query, Mode.LOOSE);
        Map<String, List<int[]>> spans = searchSpans(query, texts);
        return claim -> text(claim, folded) || inSpan(claim, spans, texts);
    }

    private static boolean text(Claim claim, String folded) {
        if (folded.isEmpty()) {
            return true;
        }
        List<String> fields = new ArrayList<>();
        fields.add(claim.text());
        fields.add(claim.claimant());
        fields.add(claim.subject());
        fields.add(claim.statusNote());
        fields.addAll(claim.tags());
        claim.notes().forEach(n -> fields.add(n.text()));
        return fields.stream().anyMatch(f -> f != null && FoldedText.of(f, Mode.LOOSE).folded().contains(folded));
    }

    private static boolean inSpan(Claim claim, Map<String, List<int[]>> spans, Function<String, Optional<String>> texts) {
        List<int[]> found = spans.get(claim.docId());
        if (found == null || found.isEmpty()) {
            return false;
        }
        Optional<String> text = texts.apply(claim.docId());
        if (text.isEmpty()) {
            return false;
        }
        int start;
        int end;
        try {
            start = claim.position().utf16Start(text.get());
            end = claim.position().utf16End(text.get());
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
        return found.stream().anyMatch(span -> span[0] < end && start < span[1]);
    }

    /** Where the search service finds the query, by document: UTF-16 spans of the stored text. */
    private Map<String, List<int[]>> searchSpans(String query, Function<String, Optional<String>> texts) {
        SearchService search = service;
        Map<String, List<int[]>> spans = new HashMap<>();
        if (search == null) {
            return spans;
        }
        try {
            var result = search.search(SearchRequest.of(query).withLimit(SearchRequest.MAX_LIMIT));
            for (SearchHit hit : result.hits()) {
                List<int[]> list = spans.computeIfAbsent(hit.id(), k -> new ArrayList<>());
                for (Snippet snippet : hit.snippets()) {
                    for (Snippet.Span match : snippet.matches()) {
                        list.add(new int[] {match.start(), match.end()});
                    }
                }
            }
        } catch (QuerySyntaxException | IOException | RuntimeException e) {
            // The query is not in the search syntax, or the index is not ready: the text match still answers.
            return spans;
        }
        return spans;
    }
}
