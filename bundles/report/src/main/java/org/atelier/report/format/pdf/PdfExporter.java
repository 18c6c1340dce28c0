package org.atelier.report.format.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.atelier.api.claims.Claim;
import org.atelier.api.claims.Note;
import org.atelier.api.report.RelatedClaim;
import org.atelier.api.report.Report;
import org.atelier.api.report.ReportClaim;
import org.atelier.api.report.ReportDocument;
import org.atelier.api.report.ReportExporter;
import org.atelier.report.format.Words;
import org.atelier.report.io.KeepOpen;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The report as a PDF (A4), with OpenPDF: the same content as the HTML report, page numbers at the foot. Pages
 * are written out as they fill, so a report of any size takes bounded memory. Every block of text goes through the
 * Unicode bidirectional algorithm (right-to-left passages are shaped and ordered as they read), in the fonts of
 * {@link PdfFonts}. The file's id and creation date come from the report, and the font subsets are tagged from
 * their names, so the same report gives the same bytes.
 */
@Component(configurationPid = PdfSettings.PID, property = {
        ReportExporter.FORMAT + "=pdf",
        ReportExporter.LABEL + "=PDF (A4)",
        ReportExporter.MEDIA_TYPE + "=application/pdf",
        ReportExporter.EXTENSION + "=pdf",
        ReportExporter.BINARY + ":Boolean=true"})
@Designate(ocd = PdfSettings.class)
public class PdfExporter implements ReportExporter {
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    private static final float BODY = 9.5f;

    private volatile PdfSettings settings;

    @Activate
    public PdfExporter(PdfSettings settings) {
        this.settings = settings;
    }

    @Modified
    void modified(PdfSettings settings) {
        this.settings = settings;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        PdfFonts fonts = PdfFonts.load(settings.fallbackFonts());
        Document pdf = new Document(PageSize.A4, 50, 50, 54, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, new KeepOpen(out));
            byte[] id = fileId(report);
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            writer.setPageEvent(new PageNumbers(fonts));
            pdf.addTitle(report.title());
            pdf.addCreator(report.method().generator());
            pdf.open();
            // Dated by the report, not by the clock: the same report gives the same bytes.
            writer.getInfo().put(PdfName.CREATIONDATE, date(report));
            new Layout(pdf, fonts).write(report);
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static PdfDate date(Report report) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(report.date().toEpochMilli());
        return new PdfDate(calendar);
    }

    /** The file identifier: a digest of what makes the report, so the same report has the same id. */
    private static byte[] fileId(Report report) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            String made = report.title() + "\n" + Words.instant(report.date()) + "\n" + Words.scope(report) + "\n"
                    + report.corpus().claims();
            return md5.digest(made.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no MD5", e);
        }
    }

    /** The content, block after block. */
    private static final class Layout {
        private final Document pdf;
        private final PdfFonts fonts;

        Layout(Document pdf, PdfFonts fonts) {
            this.pdf = pdf;
            this.fonts = fonts;
        }

        void write(Report report) throws DocumentException {
            block(0, 2, line(report.title(), 20, Font.BOLD, TEXT));
            block(0, 10, line("Made on " + Words.instant(report.date()) + ". Scope: " + Words.scope(report) + ".",
                    BODY, Font.NORMAL, MUTED));

            heading("Corpus");
            for (String line : Words.summary(report.corpus())) {
                block(0, 1, line(line, BODY, Font.NORMAL, TEXT));
            }

            heading("Claims");
            String documentAtHand = null;
            int count = 0;
            for (ReportClaim rc : report.claims()) {
                ReportDocument d = rc.document();
                if (!d.id().equals(documentAtHand)) {
                    documentAtHand = d.id();
                    document(d);
                }
                claim(rc);
                count++;
            }
            if (count == 0) {
                block(0, 4, line("No claims in this scope.", BODY, Font.NORMAL, TEXT));
            }

            heading("Index of documents");
            index(report.documents());

            heading("Appendix: method");
            for (String line : Words.method(report)) {
                block(0, 1, line(line, BODY, Font.NORMAL, TEXT));
            }
        }

        private void heading(String text) throws DocumentException {
            block(14, 6, line(text, 14, Font.BOLD, TEXT));
        }

        private void document(ReportDocument d) throws DocumentException {
            Paragraph p = line(d.title(), 12, Font.BOLD, TEXT);
            Paragraph source = line(Words.source(d) + (d.url() == null ? "" : " \u00b7 " + d.url()), 8.5f,
                    Font.NORMAL, MUTED);
            PdfPTable table = table();
            PdfPCell cell = cell();
            cell.addElement(p);
            cell.addElement(source);
            table.addCell(cell);
            table.setSpacingBefore(10);
            table.setSpacingAfter(2);
            table.setKeepTogether(true);
            pdf.add(table);
        }

        private void claim(ReportClaim rc) throws DocumentException {
            Claim c = rc.claim();
            PdfPCell cell = cell();
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(2f);
            cell.setBorderColorLeft(RULE);
            cell.setPaddingLeft(8);
            cell.addElement(line(rc.number() + ". " + c.id() + " \u00b7 " + Words.status(c.status()), 10, Font.BOLD,
                    TEXT));

            Paragraph passage = new Paragraph();
            passage.setLeading(BODY * 1.4f);
            passage.add(fonts.phrase(rc.before(), BODY, Font.NORMAL, MUTED));
            passage.add(fonts.phrase(c.text(), BODY, Font.BOLD, TEXT));
            passage.add(fonts.phrase(rc.after(), BODY, Font.NORMAL, MUTED));
            passage.setSpacingBefore(2);
            passage.setSpacingAfter(3);
            cell.addElement(passage);

            field(cell, "Claimant", c.claimant());
            field(cell, "Subject", c.subject());
            List<String> figures = Words.figures(c.figures());
            if (!figures.isEmpty()) {
                field(cell, "Figures", String.join("; ", figures));
            }
            field(cell, "Hedged", Words.yesNo(c.hedged()));
            field(cell, "Status", Words.status(c.status()) + (c.statusNote() == null ? "" : " \u2014 " + c.statusNote()));
            if (!c.tags().isEmpty()) {
                field(cell, "Tags", String.join(", ", c.tags()));
            }
            for (Note note : c.notes()) {
                field(cell, "Note", Words.note(note));
            }
            related(cell, "Corroborated by", rc.corroborating());
            related(cell, "Contradicted by", rc.contradicting());
            if (c.orphaned()) {
                field(cell, "Orphaned", "its text is no longer in the current version of the document");
            }
            field(cell, "Position", Words.position(rc));

            PdfPTable table = table();
            table.addCell(cell);
            table.setSpacingBefore(6);
            table.setSpacingAfter(4);
            pdf.add(table);
        }

        private void field(PdfPCell cell, String name, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            Paragraph p = new Paragraph();
            p.setLeading(BODY * 1.35f);
            p.add(fonts.phrase(name + ": ", BODY, Font.NORMAL, MUTED));
            p.add(fonts.phrase(value, BODY, Font.NORMAL, TEXT));
            cell.addElement(p);
        }

        private void related(PdfPCell cell, String name, List<RelatedClaim> related) {
            for (RelatedClaim r : related) {
                field(cell, name, "\u201c" + r.text() + "\u201d \u2014 " + Words.relatedSource(r));
            }
        }

        private void index(List<ReportDocument> documents) throws DocumentException {
            if (documents.isEmpty()) {
                block(0, 2, line("No documents.", BODY, Font.NORMAL, TEXT));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {0.6f, 5f, 4f, 1f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSplitLate(false);
            for (String head : List.of("#", "Document", "Source", "Claims")) {
                table.addCell(indexCell(head, Font.BOLD));
            }
            int n = 1;
            for (ReportDocument d : documents) {
                table.addCell(indexCell(String.valueOf(n++), Font.NORMAL));
                table.addCell(indexCell(d.title(), Font.NORMAL));
                table.addCell(indexCell(Words.source(d), Font.NORMAL));
                table.addCell(indexCell(String.valueOf(d.claims()), Font.NORMAL));
            }
            pdf.add(table);
        }

        private PdfPCell indexCell(String text, int style) {
            PdfPCell cell = cell();
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColorBottom(RULE);
            cell.setPaddingBottom(4);
            cell.addElement(line(text, BODY, style, TEXT));
            return cell;
        }

        /** A paragraph of one text in one style. */
        private Paragraph line(String text, float size, int style, Color color) {
            Paragraph p = new Paragraph();
            p.setLeading(size * 1.35f);
            p.add(fonts.phrase(text, size, style, color));
            return p;
        }

        /** A paragraph on its own, in a borderless cell so that the bidirectional algorithm applies to it. */
        private void block(float before, float after, Paragraph paragraph) throws DocumentException {
            PdfPTable table = table();
            PdfPCell cell = cell();
            cell.addElement(paragraph);
            table.addCell(cell);
            table.setSpacingBefore(before);
            table.setSpacingAfter(after);
            pdf.add(table);
        }

        /**
         * A table of one cell: a claim starts on the next page rather than leave its heading alone at the foot of
         * one, and is split across pages only when it is longer than a page.
         */
        private static PdfPTable table() {
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSplitLate(true);
            table.setSplitRows(true);
            return table;
        }

        private static PdfPCell cell() {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(2);
            cell.setUseAscender(true);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            return cell;
        }
    }

    /** The page number at the foot of each page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final PdfFonts fonts;

        PageNumbers(PdfFonts fonts) {
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Phrase number = fonts.phrase(String.valueOf(writer.getPageNumber()), 8, Font.NORMAL, MUTED);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, number,
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
