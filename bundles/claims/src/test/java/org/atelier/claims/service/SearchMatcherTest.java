package org.atelier.claims.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.search.QuerySyntaxException;
import org.atelier.api.search.SearchHit;
import org.atelier.api.search.SearchRequest;
import org.atelier.api.search.SearchResult;
import org.atelier.api.search.SearchService;
import org.atelier.api.search.Snippet;
import org.atelier.claims.MemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claims list --query}: with a search service, and without. */
class SearchMatcherTest {
    static final String TEXT = "Les 🚀 fusées partent. Huawei livre des processeurs à ByteDance.";

    @TempDir
    Path root;

    /** A search service that finds "puce" in processeurs, as a stemmer with synonyms might, in UTF-16 units. */
    record FakeSearch(String docId) implements SearchService {
        @Override
        public SearchResult search(SearchRequest request) throws QuerySyntaxException {
            if (request.query().contains("(")) {
                throw new QuerySyntaxException(request.query(), 0, "unbalanced parenthesis");
            }
            if (!request.query().equals("puce")) {
                return new SearchResult(request.query(), 0, List.of(), Map.of(), null);
            }
            int at = TEXT.indexOf("processeurs");
            Snippet snippet = new Snippet(TEXT, 0, List.of(new Snippet.Span(at, at + 11)));
            return new SearchResult(request.query(), 1, List.of(new SearchHit(docId, "t", "p", 1f, List.of(snippet))),
                    Map.of(), null);
        }

        @Override
        public List<Snippet.Span> matches(String query, String docId) {
            return List.of();
        }

        @Override
        public int reindex(ProgressMonitor monitor) {
            return 0;
        }
    }

    @Test
    void aMatchOfTheSearchServiceInsideTheSpanFindsTheClaim() throws IOException {
        MemoryStore store = new MemoryStore();
        DocumentInfo doc = store.put("a.txt", TEXT);
        WorkspaceClaimService service = ServiceFixture.open(root, store);
        Claim rockets = service.add(NewClaim.quoting(doc.id(), "Les 🚀 fusées partent."));
        Claim chips = service.add(NewClaim.quoting(doc.id(), "Huawei livre des processeurs à ByteDance."));

        assertThat(service.list(ClaimFilter.ALL.withQuery("puce"))).isEmpty();
        service.setSearch(new FakeSearch(doc.id()));
        assertThat(service.list(ClaimFilter.ALL.withQuery("puce"))).extracting(Claim::id).containsExactly(chips.id());
        assertThat(service.list(ClaimFilter.ALL.withQuery("FUSEES"))).extracting(Claim::id)
                .containsExactly(rockets.id());
        // A query the search cannot read still finds by text.
        assertThat(service.list(ClaimFilter.ALL.withQuery("(fusées"))).isEmpty();
        assertThat(service.list(ClaimFilter.ALL.withQuery("huawei livre"))).extracting(Claim::id)
                .containsExactly(chips.id());
    }
}
