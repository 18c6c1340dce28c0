package org.atelier.benchmark.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimEdit;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.LinkType;
import org.atelier.api.claims.NewClaim;
import org.atelier.api.claims.Note;
import org.atelier.api.claims.Origin;
import org.atelier.api.claims.Suggestion;
import org.atelier.api.claims.TextPositionSelector;
import org.atelier.api.claims.TextQuoteSelector;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;

/**
 * Generated articles and claims, held as the workbench's claim service and document store hold them: each claim
 * a French sentence with a claimant, a figure, a status, a note, a tag, a link to the claim of the next article
 * and a group across two articles, so that every part of a report has something to write. Seeded: the same
 * arguments give the same claims.
 */
final class BenchClaims {
    private static final Instant RECORDED = Instant.parse("2026-11-20T09:30:00Z");
    private static final String[] CLAIMANTS = {"Reuters", "Bloomberg", "The Information", "selon certaines sources",
        "le porte-parole de Nvidia", "Le Monde"};
    private static final String[] OBJECTS = {"puces H20", "serveurs", "cartes graphiques", "licences", "modules"};

    final Map<String, Document> documents = new LinkedHashMap<>();
    final List<Claim> claims = new ArrayList<>();

    static BenchClaims generate(int count, int documentCount) {
        BenchClaims bench = new BenchClaims();
        int perDocument = (count + documentCount - 1) / documentCount;
        ClaimStatus[] statuses = ClaimStatus.values();
        int made = 0;
        for (int d = 0; d < documentCount && made < count; d++) {
            String id = String.format("%016x", 0x5eed0000L + d);
            StringBuilder text = new StringBuilder("Article généré numéro ").append(d).append('\n');
            List<int[]> spans = new ArrayList<>();
            for (int i = 0; i < perDocument && made + i < count; i++) {
                String sentence = CLAIMANTS[i % CLAIMANTS.length] + " affirme que le groupe " + d
                        + " aurait acheté " + (i * 37 % 900 + 100) + " 000 " + OBJECTS[i % OBJECTS.length]
                        + " pour " + (i % 9 + 1) + " milliards de dollars en 2025.";
                spans.add(new int[] {text.length(), text.length() + sentence.length()});
                text.append(sentence).append(i % 6 == 5 ? "\n" : " ");
            }
            String body = text.toString();
            bench.documents.put(id, new Document(new DocumentInfo(id, "Article généré numéro " + d,
                    "generated/article-" + d + ".txt", "fr", body.length(), "Le Quotidien", "2025-03-"
                    + String.format("%02d", d % 28 + 1), RECORDED, "https://example.org/articles/" + d, null),
                    body));
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                TextPositionSelector position = TextPositionSelector.ofUtf16(body, span[0], span[1]);
                int n = made + i + 1;
                String next = "c" + (n + perDocument <= count ? n + perDocument : n);
                bench.claims.add(new Claim("c" + n, id, "generated/article-" + d + ".txt",
                        TextQuoteSelector.of(body, position), position, CLAIMANTS[i % CLAIMANTS.length], null,
                        List.of(new Figure((i % 9 + 1) + " milliards de dollars", (i % 9 + 1) * 1e9, "USD",
                                Figure.Kind.MONEY)),
                        i % 3 == 0, statuses[i % statuses.length], i % 4 == 0 ? "une seule source" : null,
                        List.of("puces"), List.of(new Note("analyste", RECORDED, "À recouper avec l’article suivant")),
                        "analyste", RECORDED, RECORDED,
                        next.equals("c" + n) ? List.of() : List.of(new ClaimLink(LinkType.CORROBORATES, next)), 1,
                        false, "g" + (d / 2) + "-" + i,
                        i % 2 == 0 ? new Origin(id.substring(0, 8) + "-" + i, "french-rules", 0.8, List.of("figure"))
                                : null));
            }
            made += spans.size();
        }
        return bench;
    }

    ClaimService claimService() {
        return new ClaimService() {
            @Override
            public List<Claim> list(ClaimFilter filter) {
                return claims.stream()
                        .filter(c -> filter.status() == null || c.status() == filter.status())
                        .filter(c -> filter.docId() == null || c.docId().equals(filter.docId()))
                        .toList();
            }

            @Override
            public Optional<Claim> get(String id) {
                return claims.stream().filter(c -> c.id().equals(id)).findFirst();
            }

            @Override
            public Claim add(NewClaim claim) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public Claim update(String id, long expectedVersion, ClaimEdit edit) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public Claim link(String a, String b, LinkType type) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public Claim remove(String id) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public List<Suggestion> suggestions(String docId) {
                return List.of();
            }

            @Override
            public Optional<Suggestion> suggestion(String id) {
                return Optional.empty();
            }

            @Override
            public Claim accept(String suggestionId, String author) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    DocumentStore store() {
        return new DocumentStore() {
            @Override
            public List<DocumentInfo> list() {
                return documents.values().stream().map(Document::info).toList();
            }

            @Override
            public Optional<Document> get(String id) {
                return Optional.ofNullable(documents.get(id));
            }

            @Override
            public Optional<DocumentInfo> resolve(String idOrPrefix) {
                return documents.values().stream().map(Document::info).filter(d -> d.id().startsWith(idOrPrefix))
                        .findFirst();
            }

            @Override
            public boolean remove(String id) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }
}
