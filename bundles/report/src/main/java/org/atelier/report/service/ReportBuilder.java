package org.atelier.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.ClaimFilter;
import org.atelier.api.claims.ClaimService;
import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.api.report.CorpusSummary;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportMethod;
import org.atelier.api.report.ReportScope;

/** Chooses the claims of a scope and orders them and their documents: the model every format writes. */
public final class ReportBuilder {
    private final ClaimService claims;
    private final DocumentStore store;

    public ReportBuilder(ClaimService claims, DocumentStore store) {
        this.claims = claims;
        this.store = store;
    }

    /**
     * The report of {@code asked}.
     *
     * @param title      the report's title
     * @param generator  what makes it ({@code Atelier 0.1.0})
     * @param suggesters the claim suggesters installed, highest ranked first
     * @throws IllegalArgumentException when the scope names no document, or a prefix of several
     */
    public LiveReport build(ReportScope asked, String title, String generator,
            List<ReportMethod.Suggester> suggesters) {
        String docId = null;
        if (asked.docId() != null) {
            docId = store.resolve(asked.docId())
                    .orElseThrow(() -> new IllegalArgumentException("no document '" + asked.docId() + "'"))
                    .id();
        }
        Instant date = asked.date() != null ? asked.date() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReportScope scope = asked.withDocId(docId).withDate(date);

        ClaimStatus only = scope.statuses().size() == 1 ? scope.statuses().get(0) : null;
        List<Claim> selected = claims.list(new ClaimFilter(only, docId, scope.query(), null, null)).stream()
                .filter(c -> scope.admits(c.status()))
                .toList();
        List<Claim> all = claims.list(ClaimFilter.ALL);

        // Only the documents that hold claims are looked up: a report costs the claims, not the corpus.
        Map<String, Optional<DocumentInfo>> claimed = new LinkedHashMap<>();
        all.forEach(c -> claimed.computeIfAbsent(c.docId(), store::info));
        Map<String, List<Claim>> byDocument = new LinkedHashMap<>();
        selected.forEach(c -> byDocument.computeIfAbsent(c.docId(), d -> new ArrayList<>()).add(c));

        List<ReportDocument> documents = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> entry : byDocument.entrySet()) {
            documents.add(document(entry.getKey(), entry.getValue(), claimed));
        }
        documents.sort(ClaimOrder.DOCUMENTS);
        List<Claim> ordered = new ArrayList<>(selected.size());
        for (ReportDocument d : documents) {
            List<Claim> ofDocument = new ArrayList<>(byDocument.get(d.id()));
            ofDocument.sort(ClaimOrder.POSITION);
            ordered.addAll(ofDocument);
        }

        Map<ClaimStatus, Integer> statuses = new EnumMap<>(ClaimStatus.class);
        int hedged = 0;
        int orphaned = 0;
        for (Claim c : ordered) {
            statuses.merge(c.status(), 1, Integer::sum);
            hedged += c.hedged() ? 1 : 0;
            orphaned += c.orphaned() ? 1 : 0;
        }
        CorpusSummary summary = new CorpusSummary(Math.toIntExact(store.count()), documents.size(), ordered.size(), statuses, hedged,
                orphaned);

        Map<String, String> titles = new LinkedHashMap<>();
        claimed.forEach((id, found) -> found.filter(d -> store.isCurrent(id)).ifPresent(
                d -> titles.put(id, d.title() == null || d.title().isBlank() ? d.path() : d.title())));
        documents.forEach(d -> titles.put(d.id(), d.title()));
        LiveReport.Relations relations = new LiveReport.Relations(all, titles, store);

        return new LiveReport(scope, title, date, ordered, documents, summary,
                method(scope, ordered, generator, suggesters), relations, store, ProgressMonitor.NONE);
    }

    private ReportDocument document(String id, List<Claim> claimsOf, Map<String, Optional<DocumentInfo>> claimed) {
        DocumentInfo info = claimed.computeIfAbsent(id, store::info).orElse(null);
        boolean isCurrent = info != null && store.isCurrent(id);
        if (info == null) {
            return new ReportDocument(id, null, claimsOf.get(0).docPath(), null, null, null, "und", false,
                    claimsOf.size());
        }
        return new ReportDocument(id, cited(info), info.path(), info.outlet(), info.date(), info.url(),
                info.language(), isCurrent, claimsOf.size());
    }

    /**
     * How a report names a document: its title, or for an attachment its parent's title and the attachment's
     * path inside the parent ({@code Offre de rachat › offre.pdf}), so that a reader finds it where it was.
     */
    private String cited(DocumentInfo info) {
        if (info.parent() == null) {
            return info.title();
        }
        String parentTitle = store.info(info.parent()).map(p -> p.title() == null || p.title().isBlank() ? p.path()
                : p.title()).orElse(null);
        if (parentTitle == null) {
            return info.title();
        }
        String path = info.path();
        int inside = path.lastIndexOf("!/");
        return parentTitle + " \u203a " + (inside < 0 ? path : path.substring(inside + 2));
    }

    private static ReportMethod method(ReportScope scope, List<Claim> ordered, String generator,
            List<ReportMethod.Suggester> installed) {
        Map<String, Integer> bySuggester = new TreeMap<>();
        int byHand = 0;
        for (Claim c : ordered) {
            if (c.origin() == null) {
                byHand++;
            } else {
                bySuggester.merge(c.origin().suggester(), 1, Integer::sum);
            }
        }
        Map<String, ReportMethod.Suggester> named = new TreeMap<>();
        for (ReportMethod.Suggester s : installed) {
            named.putIfAbsent(s.name(), new ReportMethod.Suggester(s.name(), s.bundle(), s.version(),
                    bySuggester.getOrDefault(s.name(), 0)));
        }
        bySuggester.forEach((n, count) -> named.putIfAbsent(n, new ReportMethod.Suggester(n, null, null, count)));
        return new ReportMethod(scope.query(), scope.statuses(), scope.docId(), List.copyOf(named.values()), byHand,
                ordered.size() - byHand, generator);
    }
}
