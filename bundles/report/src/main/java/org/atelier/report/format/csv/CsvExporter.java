package org.atelier.report.format.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atelier.api.claims.Claim;
import org.atelier.api.claims.Figure;
import org.atelier.api.claims.Note;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.Words;
import org.osgi.service.component.annotations.Component;

/**
 * One row per claim, for spreadsheets: RFC 4180 (comma, double quotes, CRLF) in UTF-8, with a byte order mark so
 * that spreadsheet programs read it as UTF-8. A cell that a spreadsheet would take for a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) is made inert with a leading {@code '}.
 */
@Component(property = {
        ReportExporter.FORMAT + "=csv",
        ReportExporter.LABEL + "=CSV (one row per claim)",
        ReportExporter.MEDIA_TYPE + "=text/csv; charset=UTF-8; header=present",
        ReportExporter.EXTENSION + "=csv"})
public class CsvExporter implements ReportExporter {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("number", "id", "document_id", "document_title",
            "document_source", "document_url", "before", "quote", "after", "start", "end", "claimant", "subject",
            "figures", "figures_normalized", "hedged", "status", "status_note", "tags", "notes", "corroborated_by",
            "contradicted_by", "group", "orphaned", "author", "created", "updated");

    /** Between the values of one cell that holds several. */
    static final String SEPARATOR = " | ";

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        for (String column : COLUMNS) {
            csv.print(column);
        }
        csv.println();
        for (ReportClaim rc : report.claims()) {
            csv.printRecord(row(rc));
        }
        csv.flush();
        w.flush();
    }

    static List<Object> row(ReportClaim rc) {
        Claim c = rc.claim();
        ReportDocument d = rc.document();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(rc.number());
        row.add(inert(c.id()));
        row.add(inert(d.id()));
        row.add(inert(d.title()));
        row.add(inert(d.source()));
        row.add(inert(d.url()));
        row.add(inert(rc.before()));
        row.add(inert(c.text()));
        row.add(inert(rc.after()));
        row.add(c.position().start());
        row.add(c.position().end());
        row.add(inert(c.claimant()));
        row.add(inert(c.subject()));
        row.add(inert(c.figures().stream().map(Figure::raw).collect(Collectors.joining(SEPARATOR))));
        row.add(inert(c.figures().stream().map(Figure::normalized).collect(Collectors.joining(SEPARATOR))));
        row.add(c.hedged() ? "yes" : "no");
        row.add(c.status().label());
        row.add(inert(c.statusNote()));
        row.add(inert(String.join(SEPARATOR, c.tags())));
        row.add(inert(c.notes().stream().map(Words::note).collect(Collectors.joining(SEPARATOR))));
        row.add(inert(ids(rc.corroborating())));
        row.add(inert(ids(rc.contradicting())));
        row.add(inert(c.group()));
        row.add(c.orphaned() ? "yes" : "no");
        row.add(inert(c.author()));
        row.add(Words.instant(c.created()));
        row.add(Words.instant(c.updated()));
        return row;
    }

    private static String ids(List<RelatedClaim> related) {
        return related.stream().map(RelatedClaim::id).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * {@code value} as a spreadsheet shows it and never evaluates: a leading {@code '} when it starts with a
     * character that begins a formula (OWASP's advice for CSV injection). {@code null} is an empty cell.
     */
    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
