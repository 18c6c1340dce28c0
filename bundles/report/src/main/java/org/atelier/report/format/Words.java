package org.atelier.report.format;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.Note;
import org.atelier.api.report.CorpusSummary;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportMethod;

/**
 * What the formats for people (Markdown, HTML, PDF) say in words, the same in each: labels, the scope, the
 * numbers, figures, related claims, the method.
 */
public final class Words {
    private Words() {}

    /** {@code Verified}. */
    public static String status(ClaimStatus status) {
        String label = status.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** An instant to the second, UTC: {@code 2026-11-23T17:00:00Z}. */
    public static String instant(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The date of an instant, UTC: {@code 2026-11-23}. */
    public static String day(Instant instant) {
        return instant(instant).substring(0, 10);
    }

    /** {@code 7 milliards de dollars (7000000000 USD)}, one per figure. */
    public static List<String> figures(List<Figure> figures) {
        List<String> out = new ArrayList<>();
        for (Figure f : figures) {
            String normalized = f.normalized();
            out.add(normalized.equals(f.raw()) ? f.raw() : f.raw() + " (" + normalized + ")");
        }
        return out;
    }

    /** {@code 2026-11-23 Marie: checked with the ministry}. */
    public static String note(Note note) {
        return day(note.time()) + " " + (note.author() == null ? "" : note.author() + ": ") + note.text();
    }

    /** {@code c3 (Verified), Reuters, in Title} after the quote. */
    public static String relatedSource(RelatedClaim related) {
        StringBuilder out = new StringBuilder(related.id()).append(" (").append(status(related.status())).append(')');
        if (related.claimant() != null) {
            out.append(", ").append(related.claimant());
        }
        out.append(", in ").append(related.documentTitle());
        if (!related.linked()) {
            out.append(" (same group)");
        }
        return out.toString();
    }

    /** The scope in one line: {@code query "x"; statuses verified, refuted; document 8ee7ae42…}. */
    public static String scope(Report report) {
        ReportMethod m = report.method();
        List<String> parts = new ArrayList<>();
        if (m.query() != null) {
            parts.add("query \u201c" + m.query() + "\u201d");
        }
        if (!m.statuses().isEmpty()) {
            parts.add("statuses " + m.statuses().stream().map(ClaimStatus::label).collect(Collectors.joining(", ")));
        }
        if (m.docId() != null) {
            parts.add("document " + m.docId());
        }
        return parts.isEmpty() ? "all claims" : String.join("; ", parts);
    }

    /** The numbers of the corpus, one line each. */
    public static List<String> summary(CorpusSummary corpus) {
        List<String> lines = new ArrayList<>();
        lines.add("Documents in the corpus: " + corpus.documents());
        lines.add("Claims in this report: " + corpus.claims() + ", in " + corpus.documentsWithClaims()
                + (corpus.documentsWithClaims() == 1 ? " document" : " documents"));
        lines.add("By status: " + corpus.statuses().entrySet().stream()
                .map((Map.Entry<ClaimStatus, Integer> e) -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        lines.add("Hedged: " + corpus.hedged() + "; orphaned (text gone from the document): " + corpus.orphaned());
        return lines;
    }

    /** The method, one line each. */
    public static List<String> method(Report report) {
        ReportMethod m = report.method();
        List<String> lines = new ArrayList<>();
        lines.add("Query: " + (m.query() == null ? "none" : m.query()));
        lines.add("Statuses: " + (m.statuses().isEmpty() ? "all"
                : m.statuses().stream().map(ClaimStatus::label).collect(Collectors.joining(", "))));
        lines.add("Document: " + (m.docId() == null ? "all" : m.docId()));
        lines.add("Claims recorded by hand: " + m.byHand() + "; accepted from suggestions: " + m.suggested());
        if (m.suggesters().isEmpty()) {
            lines.add("Suggesters: none");
        }
        for (ReportMethod.Suggester s : m.suggesters()) {
            lines.add("Suggester " + s.name() + ": "
                    + (s.bundle() == null ? "not installed" : s.bundle() + " " + s.version()) + ", "
                    + s.claims() + (s.claims() == 1 ? " claim" : " claims") + " of this report");
        }
        lines.add("Made by " + m.generator() + " on " + instant(report.date()));
        lines.add("Positions count Unicode code points of the stored text of each document (NFC); "
                + "the context shown around a quote is the rest of its paragraph, up to about 240 characters.");
        return lines;
    }

    /** Where a claim's quote is: its page when the document has pages ({@code p. 3, code points 10–42}). */
    public static String position(ReportClaim claim) {
        String points = "code points " + claim.claim().position().start() + "\u2013" + claim.claim().position().end();
        return claim.page() > 0 ? "p. " + claim.page() + ", " + points : points;
    }

    /** The source of a document in one line, or its id when nothing else is known. */
    public static String source(ReportDocument document) {
        String source = document.source();
        return (source.isEmpty() ? document.id() : source) + (document.current() ? "" : " (an earlier version)");
    }

    /** Whether {@code url} may be shown as a link: http or https only, never {@code javascript:} and the like. */
    public static boolean linkable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\\');
    }
}
