package org.atelier.report.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimLink;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.CorpusSummary;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportMethod;
import org.atelier.api.report.ReportScope;

/**
 * A report over claims already chosen and ordered. It holds the claims (the claim service holds them anyway)
 * and builds each {@link ReportClaim} only when iterated, reading one document's text at a time: claims come by
 * document, so the text of the document at hand is all that is kept.
 */
public final class LiveReport implements Report {
    private final ReportScope scope;
    private final String title;
    private final Instant date;
    private final List<Claim> claims;
    private final List<ReportDocument> documents;
    private final Map<String, ReportDocument> documentsById;
    private final CorpusSummary corpus;
    private final ReportMethod method;
    private final Relations relations;
    private final DocumentStore store;
    private final ProgressMonitor progress;

    LiveReport(ReportScope scope, String title, Instant date, List<Claim> claims, List<ReportDocument> documents,
            CorpusSummary corpus, ReportMethod method, Relations relations, DocumentStore store,
            ProgressMonitor progress) {
        this.scope = scope;
        this.title = title;
        this.date = date;
        this.claims = List.copyOf(claims);
        this.documents = List.copyOf(documents);
        this.documentsById = new LinkedHashMap<>();
        documents.forEach(d -> documentsById.put(d.id(), d));
        this.corpus = corpus;
        this.method = method;
        this.relations = relations;
        this.store = store;
        this.progress = progress;
    }

    /** The same report, reporting to {@code monitor} as its claims are built. */
    public LiveReport monitored(ProgressMonitor monitor) {
        return new LiveReport(scope, title, date, claims, documents, corpus, method, relations, store, monitor);
    }

    @Override
    public ReportScope scope() {
        return scope;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Instant date() {
        return date;
    }

    @Override
    public CorpusSummary corpus() {
        return corpus;
    }

    @Override
    public List<ReportDocument> documents() {
        return documents;
    }

    @Override
    public ReportMethod method() {
        return method;
    }

    /** How many claims {@link #claims()} gives. */
    public int size() {
        return claims.size();
    }

    @Override
    public Iterable<ReportClaim> claims() {
        return () -> new Iterator<>() {
            private int next;
            private String textOf;
            private Document document;
            private String text;
            private Passage.Offsets offsets;

            @Override
            public boolean hasNext() {
                return next < claims.size();
            }

            @Override
            public ReportClaim next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (progress.isCancelled()) {
                    throw new CancellationException("the export was cancelled");
                }
                Claim claim = claims.get(next++);
                if (!claim.docId().equals(textOf)) {
                    textOf = claim.docId();
                    document = store.get(claim.docId()).orElse(null);
                    text = document == null ? null : document.text();
                    offsets = text == null ? null : new Passage.Offsets(text);
                }
                String[] around = Passage.around(claim, text, offsets);
                ReportClaim built = new ReportClaim(next, claim, documentsById.get(claim.docId()), around[0],
                        around[1], relations.corroborating(claim), relations.contradicting(claim),
                        document == null || claim.orphaned() ? 0 : document.page(claim.position().start()));
                progress.worked(1, claim.id());
                return built;
            }
        };
    }

    /**
     * The claims of other articles that bear on a claim: linked to it, or (for corroboration) of its group. Over
     * every claim of the workspace, not only those of the report: a claim outside the scope still corroborates.
     */
    static final class Relations {
        private final Map<String, Claim> byId;
        private final Map<String, List<Claim>> byGroup;
        private final Map<String, String> titles;
        private final DocumentStore store;

        Relations(List<Claim> all, Map<String, String> titles, DocumentStore store) {
            this.byId = new LinkedHashMap<>();
            this.byGroup = new LinkedHashMap<>();
            for (Claim c : all) {
                byId.put(c.id(), c);
                if (c.group() != null) {
                    byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
                }
            }
            this.titles = new LinkedHashMap<>(titles);
            this.store = store;
        }

        List<RelatedClaim> corroborating(Claim claim) {
            Map<String, RelatedClaim> found = new LinkedHashMap<>();
            for (ClaimLink link : claim.links()) {
                if (link.type() != org.atelier.api.claims.LinkType.CONTRADICTS) {
                    other(claim, link.target()).ifPresent(c -> found.put(c.id(), related(c, true)));
                }
            }
            if (claim.group() != null) {
                for (Claim c : byGroup.getOrDefault(claim.group(), List.of())) {
                    if (!c.docId().equals(claim.docId()) && !found.containsKey(c.id())) {
                        found.put(c.id(), related(c, false));
                    }
                }
            }
            return sorted(found.values());
        }

        List<RelatedClaim> contradicting(Claim claim) {
            Map<String, RelatedClaim> found = new LinkedHashMap<>();
            for (ClaimLink link : claim.links()) {
                if (link.type() == org.atelier.api.claims.LinkType.CONTRADICTS) {
                    other(claim, link.target()).ifPresent(c -> found.put(c.id(), related(c, true)));
                }
            }
            return sorted(found.values());
        }

        private Optional<Claim> other(Claim claim, String id) {
            Claim target = byId.get(id);
            return target == null || target.docId().equals(claim.docId()) ? Optional.empty() : Optional.of(target);
        }

        private RelatedClaim related(Claim c, boolean linked) {
            return new RelatedClaim(c.id(), c.text(), c.claimant(), c.status(), c.docId(), title(c), linked);
        }

        private String title(Claim c) {
            return titles.computeIfAbsent(c.docId(), id -> store.get(id)
                    .map(d -> d.info().title())
                    .filter(t -> t != null && !t.isBlank())
                    .orElse(c.docPath() == null ? id : c.docPath()));
        }

        private static List<RelatedClaim> sorted(java.util.Collection<RelatedClaim> related) {
            List<RelatedClaim> list = new ArrayList<>(related);
            list.sort(Comparator.comparing((RelatedClaim r) -> r.documentTitle().toLowerCase(Locale.ROOT))
                    .thenComparing(RelatedClaim::docId)
                    .thenComparing(RelatedClaim::id, ClaimOrder::compareIds));
            return list;
        }
    }
}
