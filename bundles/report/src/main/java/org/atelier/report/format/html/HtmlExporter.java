package org.atelier.report.format.html;

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
import org.jsoup.nodes.Entities;
import org.osgi.service.component.annotations.Component;

/**
 * The report as one self-contained HTML file: styles inside, no script, nothing fetched (a Content Security
 * Policy forbids it), laid out to print on A4. Every text from the documents goes through jsoup's escaper and is
 * isolated for bidirectional display ({@code <bdi>}, {@code dir="auto"}), so that markup in a document shows as
 * text and a right-to-left passage does not reorder what is around it.
 */
@Component(property = {
        ReportExporter.FORMAT + "=html",
        ReportExporter.LABEL + "=HTML (one self-contained file)",
        ReportExporter.MEDIA_TYPE + "=text/html; charset=UTF-8",
        ReportExporter.EXTENSION + "=html"})
public class HtmlExporter implements ReportExporter {
    static final String STYLE = """
            :root { color-scheme: light; }
            body { font: 11pt/1.45 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a;
              max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { font-size: 1.8em; margin-bottom: .2em; }
            h2 { font-size: 1.35em; border-bottom: 1px solid #999; padding-bottom: .15em; margin-top: 1.8em; }
            h3 { font-size: 1.15em; margin: 1.6em 0 .2em; }
            h4 { font-size: 1em; margin: 1.1em 0 .3em; }
            .meta, .source, .muted { color: #555; }
            .source { margin: 0 0 .6em; }
            article.claim { border-left: 3px solid #bbb; padding: .1em 0 .1em .9em; margin: .8em 0 1.2em;
              break-inside: avoid; page-break-inside: avoid; }
            blockquote { margin: .3em 0 .5em; padding: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
            blockquote .context { color: #555; }
            blockquote mark { background: #fff1a8; color: inherit; font-weight: bold; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em .8em; margin: 0; }
            dt { color: #555; }
            dd { margin: 0; overflow-wrap: anywhere; }
            ul { margin: .1em 0; padding-left: 1.2em; }
            .status { font-weight: bold; }
            .status-verified { color: #1d6b2f; } .status-corroborated { color: #2d5f8a; }
            .status-disputed { color: #8a5a00; } .status-refuted { color: #a11; } .status-unverified { color: #555; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #ccc; padding: .25em .4em; text-align: left; vertical-align: top;
              overflow-wrap: anywhere; }
            td.n { text-align: right; }
            @page { size: A4; margin: 18mm 16mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              a { color: inherit; text-decoration: none; }
              h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
              blockquote mark { background: none; text-decoration: underline; }
            }
            """;

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"" + e(report.method().generator()) + "\">\n");
        w.write("<title>" + e(report.title()) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");

        w.write("<header>\n<h1>" + e(report.title()) + "</h1>\n");
        w.write("<p class=\"meta\">Made on <time datetime=\"" + Words.instant(report.date()) + "\">"
                + Words.instant(report.date()) + "</time>. Scope: <bdi>" + e(Words.scope(report))
                + "</bdi>.</p>\n</header>\n");

        w.write("<section id=\"corpus\">\n<h2>Corpus</h2>\n<ul>\n");
        for (String line : Words.summary(report.corpus())) {
            w.write("<li>" + e(line) + "</li>\n");
        }
        w.write("</ul>\n</section>\n");

        w.write("<section id=\"claims\">\n<h2>Claims</h2>\n");
        String documentAtHand = null;
        int count = 0;
        for (ReportClaim rc : report.claims()) {
            ReportDocument d = rc.document();
            if (!d.id().equals(documentAtHand)) {
                if (documentAtHand != null) {
                    w.write("</section>\n");
                }
                documentAtHand = d.id();
                document(w, d);
            }
            claim(w, rc, d);
            count++;
        }
        if (documentAtHand != null) {
            w.write("</section>\n");
        }
        if (count == 0) {
            w.write("<p>No claims in this scope.</p>\n");
        }
        w.write("</section>\n");

        w.write("<section id=\"index\">\n<h2>Index of documents</h2>\n");
        if (report.documents().isEmpty()) {
            w.write("<p>No documents.</p>\n");
        } else {
            w.write("<table>\n<thead><tr><th>#</th><th>Document</th><th>Source</th><th>Claims</th></tr></thead>\n"
                    + "<tbody>\n");
            int n = 1;
            for (ReportDocument d : report.documents()) {
                w.write("<tr><td class=\"n\">" + n++ + "</td><td><a href=\"#" + anchor("doc-", d.id()) + "\"><bdi>"
                        + e(d.title()) + "</bdi></a></td><td><bdi>" + e(Words.source(d)) + "</bdi></td><td class=\"n\">"
                        + d.claims() + "</td></tr>\n");
            }
            w.write("</tbody>\n</table>\n");
        }
        w.write("</section>\n");

        w.write("<section id=\"method\">\n<h2>Appendix: method</h2>\n<ul>\n");
        for (String line : Words.method(report)) {
            w.write("<li><bdi>" + e(line) + "</bdi></li>\n");
        }
        w.write("</ul>\n</section>\n</body>\n</html>\n");
        w.flush();
    }

    private static void document(Writer w, ReportDocument d) throws IOException {
        w.write("<section class=\"document\" id=\"" + anchor("doc-", d.id()) + "\" lang=\"" + language(d) + "\">\n");
        w.write("<h3 dir=\"auto\">" + e(d.title()) + "</h3>\n<p class=\"source\"><bdi>" + e(Words.source(d))
                + "</bdi>");
        if (Words.linkable(d.url())) {
            String url = e(d.url().strip());
            w.write(" \u00b7 <a href=\"" + url + "\" rel=\"noopener noreferrer\">" + url + "</a>");
        } else if (d.url() != null) {
            w.write(" \u00b7 <bdi>" + e(d.url()) + "</bdi>");
        }
        w.write("</p>\n");
    }

    private static void claim(Writer w, ReportClaim rc, ReportDocument d) throws IOException {
        Claim c = rc.claim();
        String status = c.status().label();
        w.write("<article class=\"claim\" id=\"" + anchor("claim-", c.id()) + "\">\n");
        w.write("<h4>" + rc.number() + ". " + e(c.id()) + " \u00b7 <span class=\"status status-" + status + "\">"
                + Words.status(c.status()) + "</span></h4>\n");
        w.write("<blockquote dir=\"auto\"><span class=\"context\">" + e(rc.before()) + "</span><mark>" + e(c.text())
                + "</mark><span class=\"context\">" + e(rc.after()) + "</span></blockquote>\n");
        w.write("<dl lang=\"en\">\n");
        field(w, "Claimant", c.claimant());
        field(w, "Subject", c.subject());
        List<String> figures = Words.figures(c.figures());
        if (!figures.isEmpty()) {
            w.write("<dt>Figures</dt><dd><ul>");
            for (String f : figures) {
                w.write("<li><bdi>" + e(f) + "</bdi></li>");
            }
            w.write("</ul></dd>\n");
        }
        w.write("<dt>Hedged</dt><dd>" + Words.yesNo(c.hedged()) + "</dd>\n");
        w.write("<dt>Status</dt><dd><span class=\"status status-" + status + "\">" + Words.status(c.status())
                + "</span>" + (c.statusNote() == null ? "" : " \u2014 <bdi>" + e(c.statusNote()) + "</bdi>")
                + "</dd>\n");
        if (!c.tags().isEmpty()) {
            field(w, "Tags", String.join(", ", c.tags()));
        }
        if (!c.notes().isEmpty()) {
            w.write("<dt>Notes</dt><dd><ul>");
            for (Note note : c.notes()) {
                w.write("<li><bdi>" + e(Words.note(note)) + "</bdi></li>");
            }
            w.write("</ul></dd>\n");
        }
        related(w, "Corroborated by", rc.corroborating());
        related(w, "Contradicted by", rc.contradicting());
        if (c.orphaned()) {
            w.write("<dt>Orphaned</dt><dd>its text is no longer in the current version of the document</dd>\n");
        }
        w.write("<dt>Position</dt><dd>" + e(Words.position(rc)) + "</dd>\n</dl>\n</article>\n");
    }

    private static void field(Writer w, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            w.write("<dt>" + name + "</dt><dd><bdi>" + e(value) + "</bdi></dd>\n");
        }
    }

    private static void related(Writer w, String name, List<RelatedClaim> related) throws IOException {
        if (related.isEmpty()) {
            return;
        }
        w.write("<dt>" + name + "</dt><dd><ul>");
        for (RelatedClaim r : related) {
            w.write("<li><q dir=\"auto\">" + e(r.text()) + "</q> \u2014 <bdi>" + e(Words.relatedSource(r))
                    + "</bdi></li>");
        }
        w.write("</ul></dd>\n");
    }

    /** Text and attribute values escaped: {@code & < > " '} and no-break spaces become entities. */
    static String e(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    /** An id for an element: the prefix and the id, any character but ASCII letters, digits, - and _ hexed. */
    static String anchor(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
                out.append(c);
            } else {
                out.append('.').append(Integer.toHexString(c));
            }
        }
        return out.toString();
    }

    private static String language(ReportDocument d) {
        String language = d.language();
        return language == null || !language.matches("[a-z]{2,3}") || language.equals("und") ? "" : language;
    }
}
