package org.atelier.report.format.markdown;

import static org.atelier.report.format.markdown.MarkdownText.inline;
import static org.atelier.report.format.markdown.MarkdownText.lineStart;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.Note;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.Words;
import org.osgi.service.component.annotations.Component;

/**
 * The report in Markdown (CommonMark, with a GitHub table for the index): headings, a quotation block per claim
 * with the quote in bold in its context, a list of its fields. Text from the documents is escaped
 * ({@link MarkdownText}) and never becomes markup.
 */
@Component(property = {
        ReportExporter.FORMAT + "=md",
        ReportExporter.LABEL + "=Markdown",
        ReportExporter.MEDIA_TYPE + "=text/markdown; charset=UTF-8",
        ReportExporter.EXTENSION + "=md"})
public class MarkdownExporter implements ReportExporter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("# " + inline(report.title()) + "\n\n");
        w.write("Made on " + Words.instant(report.date()) + ". Scope: " + inline(Words.scope(report)) + ".\n\n");

        w.write("## Corpus\n\n");
        for (String line : Words.summary(report.corpus())) {
            w.write("- " + inline(line) + "\n");
        }

        w.write("\n## Claims\n");
        String documentAtHand = null;
        int count = 0;
        for (ReportClaim rc : report.claims()) {
            ReportDocument d = rc.document();
            if (!d.id().equals(documentAtHand)) {
                documentAtHand = d.id();
                document(w, d);
            }
            claim(w, rc);
            count++;
        }
        if (count == 0) {
            w.write("\nNo claims in this scope.\n");
        }

        w.write("\n## Index of documents\n\n");
        if (report.documents().isEmpty()) {
            w.write("No documents.\n");
        } else {
            w.write("| # | Document | Source | Claims |\n| --: | --- | --- | --: |\n");
            int n = 1;
            for (ReportDocument d : report.documents()) {
                w.write("| " + n++ + " | " + inline(d.title()) + " | " + inline(Words.source(d)) + " | " + d.claims()
                        + " |\n");
            }
        }

        w.write("\n## Appendix: method\n\n");
        for (String line : Words.method(report)) {
            w.write("- " + inline(line) + "\n");
        }
        w.flush();
    }

    private static void document(Writer w, ReportDocument d) throws IOException {
        w.write("\n### " + inline(d.title()) + "\n\n");
        w.write(lineStart(inline(Words.source(d))));
        if (Words.linkable(d.url())) {
            w.write(" <" + d.url().strip() + ">");
        } else if (d.url() != null) {
            w.write(" " + inline(d.url()));
        }
        w.write("\n");
    }

    private static void claim(Writer w, ReportClaim rc) throws IOException {
        Claim c = rc.claim();
        w.write("\n#### " + rc.number() + ". " + inline(c.id()) + " \u00b7 " + Words.status(c.status()) + "\n\n");
        // Emphasis must touch its text: white space at either end of the quote goes outside the markers.
        String quote = inline(c.text());
        String core = quote.strip();
        int lead = quote.indexOf(core);
        w.write("> " + lineStart(inline(rc.before()) + quote.substring(0, lead)) + "**" + core + "**"
                + quote.substring(lead + core.length()) + inline(rc.after()) + "\n\n");
        field(w, "Claimant", c.claimant());
        field(w, "Subject", c.subject());
        List<String> figures = Words.figures(c.figures());
        if (!figures.isEmpty()) {
            field(w, "Figures", String.join("; ", figures));
        }
        w.write("- Hedged: " + Words.yesNo(c.hedged()) + "\n");
        w.write("- Status: " + Words.status(c.status())
                + (c.statusNote() == null ? "" : " \u2014 " + inline(c.statusNote())) + "\n");
        if (!c.tags().isEmpty()) {
            field(w, "Tags", String.join(", ", c.tags()));
        }
        if (!c.notes().isEmpty()) {
            w.write("- Notes:\n");
            for (Note note : c.notes()) {
                w.write("  - " + inline(Words.note(note)) + "\n");
            }
        }
        related(w, "Corroborated by", rc.corroborating());
        related(w, "Contradicted by", rc.contradicting());
        if (c.orphaned()) {
            w.write("- Orphaned: its text is no longer in the current version of the document\n");
        }
        w.write("- Position: " + Words.position(rc) + "\n");
    }

    private static void field(Writer w, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.write("- " + name + ": " + inline(value) + "\n");
        }
    }

    private static void related(Writer w, String name, List<RelatedClaim> related) throws IOException {
        if (related.isEmpty()) {
            return;
        }
        w.write("- " + name + ":\n");
        for (RelatedClaim r : related) {
            w.write("  - \u201c" + inline(r.text()) + "\u201d \u2014 " + inline(Words.relatedSource(r)) + "\n");
        }
    }
}
