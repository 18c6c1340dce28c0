package org.atelier.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atelier.api.report.ReportClaim;
import org.atelier.report.Fixtures;
import org.atelier.report.service.LiveReport;
import org.junit.jupiter.api.Test;

/** The PDF report, its text extracted with PDFBox. */
class PdfExporterTest {

    /** The text of a PDF, with every white space removed: lines break where the layout chose. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return squeeze(new PDFTextStripper().getText(document));
        }
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** What a PDF can show of {@code text}: characters no font on this machine has are written {@code [U+XXXX]}. */
    static String drawable(String text, String extracted) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String plain = Character.toString(cp);
            String placeholder = String.format("[U+%04X]", cp);
            out.append(!extracted.contains(plain) && extracted.contains(placeholder) ? placeholder : plain);
        });
        return out.toString();
    }

    @Test
    void theTextOfEveryClaimAndItsFieldsIsInThePdf() throws Exception {
        LiveReport report = Fixtures.report(Fixtures.world());
        byte[] pdf = Exports.bytes(Exports.pdf(), report);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        List<ReportClaim> claims = new ArrayList<>();
        report.claims().forEach(claims::add);
        for (ReportClaim rc : claims) {
            String quote = squeeze(rc.quote());
            if (rc.claim().id().equals("c15")) {
                // Right-to-left words are laid out in visual order; the extractor puts them back in reading order.
                quote = squeeze(drawable(rc.quote(), text));
            }
            assertThat(text).as("quote of " + rc.claim().id()).contains(quote);
            if (rc.claim().claimant() != null) {
                assertThat(text).contains(squeeze("Claimant: " + rc.claim().claimant()));
            }
        }
        assertThat(text).contains(squeeze("Le géant chinois s’apprêterait à investir massivement."))
                .contains(squeeze("Status: Corroborated \u2014 Deux sources l’affirment"))
                .contains(squeeze("Corroborated by: \u201cByteDance prévoit de dépenser"))
                .contains(squeeze("Index of documents"))
                .contains(squeeze("Appendix: method"))
                .contains(squeeze("Made by Atelier 0.1.0 on 2026-11-23T10:00:00Z"));
    }

    @Test
    void frenchAccentsAndRightToLeftScriptsAreDrawnWithEmbeddedFonts() throws Exception {
        byte[] pdf = Exports.bytes(Exports.pdf(), Fixtures.report(Fixtures.world()));
        String text = text(pdf);
        for (String word : List.of("géant", "s’apprêterait", "précieux", "dièse", "très", "troisième", "l’émoji")) {
            assertThat(text).contains(word);
        }
        assertThat(text).contains("שלום").contains("עולם");
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2").doesNotContain("/Helvetica");
    }
}
