package org.atelier.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.imageio.ImageIO;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.atelier.api.corpus.DocumentMetadata;
import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The reader on real files, each written by its format's own library. */
class TikaDocumentReaderTest {
    private static final List<String> PAGES = List.of(
            "Première page : la société chinoise répliqua.",
            "Deuxième page : les États-Unis décidèrent.",
            "Troisième page : Huawei présenta ses puces.");

    private static final TikaDocumentReader reader = new TikaDocumentReader(ReadingLimits.DEFAULTS);

    @AfterAll
    static void stop() {
        reader.deactivate();
    }

    static byte[] pdf(List<String> pages, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.getDocumentInformation().setAuthor("Claire Dupont");
            document.getDocumentInformation().setTitle("Revue de presse");
            if (protection != null) {
                document.protect(protection);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.getProperties().getCoreProperties().setCreator("Jean Martin");
            document.getProperties().getCoreProperties().setTitle("Note d'analyse");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] eml(String subject, byte[] attachment) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("claire@example.fr", "Claire Dupont"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("jean@example.fr"));
        message.setRecipient(Message.RecipientType.CC, new InternetAddress("lea@example.fr"));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date(1_736_000_000_000L));
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Voici l'offre reçue à l'été, à lire avant jeudi.", "UTF-8");
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(body);
        if (attachment != null) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
            file.setFileName("offre.pdf");
            multipart.addBodyPart(file);
        }
        message.setContent(multipart);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static List<ParsedDocument> read(String name, byte[] bytes) throws IOException {
        return reader.read(new BytesSource(name, bytes));
    }

    @Test
    void aPdfGivesItsFrenchTextItsMetadataAndWhereEachPageStarts() throws Exception {
        ParsedDocument pdf = read("revue.pdf", pdf(PAGES, null)).getFirst();
        assertThat(pdf.part()).isNull();
        assertThat(pdf.parent()).isNull();
        assertThat(pdf.title()).isEqualTo("Revue de presse");
        assertThat(pdf.metadata().get(DocumentMetadata.AUTHOR)).containsExactly("Claire Dupont");
        assertThat(pdf.metadata().get(DocumentMetadata.CONTENT_TYPE)).containsExactly("application/pdf");
        assertThat(pdf.pages()).hasSize(3).first().isEqualTo(0);
        int[] codePoints = pdf.text().codePoints().toArray();
        for (int page = 0; page < 3; page++) {
            String fromPage = new String(codePoints, pdf.pages().get(page), codePoints.length - pdf.pages().get(page));
            assertThat(fromPage).startsWith(PAGES.get(page));
        }
        assertThat(pdf.text()).doesNotContain("\r").doesNotContain("\n\n\n");
    }

    @Test
    void aDocxGivesItsTextTitleAndAuthor() throws Exception {
        ParsedDocument docx = read("note.docx", docx("Pékin a répliqué à l'été.")).getFirst();
        assertThat(docx.text()).isEqualTo("Pékin a répliqué à l'été.\n");
        assertThat(docx.title()).isEqualTo("Note d'analyse");
        assertThat(docx.metadata().get(DocumentMetadata.AUTHOR)).containsExactly("Jean Martin");
        assertThat(docx.pages()).isEmpty();
    }

    @Test
    void aPdfNamedDocxIsReadAsPdf() throws Exception {
        ParsedDocument read = read("menteur.docx", pdf(PAGES, null)).getFirst();
        assertThat(read.metadata().get(DocumentMetadata.CONTENT_TYPE)).containsExactly("application/pdf");
        assertThat(read.text()).contains("Deuxième page");
    }

    @Test
    void anEncryptedPdfFailsWithOneClearReason() throws Exception {
        StandardProtectionPolicy protection = new StandardProtectionPolicy("proprietaire", "secret",
                new AccessPermission());
        protection.setEncryptionKeyLength(128);
        byte[] encrypted = pdf(PAGES, protection);
        assertThatThrownBy(() -> read("secret.pdf", encrypted))
                .isInstanceOf(InvalidSourceException.class).hasMessage("encrypted PDF: no password");
    }

    @Test
    void aTruncatedDocxFailsWithOneClearReason() throws Exception {
        byte[] whole = docx("Un texte assez long pour que la coupure tombe au milieu. ".repeat(50));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> read("coupe.docx", truncated))
                .isInstanceOf(InvalidSourceException.class).hasMessage("truncated or damaged DOCX file");
    }

    @Test
    void aPdfWithNoPagesFailsWithOneClearReason() throws Exception {
        byte[] empty = pdf(List.of(), null);
        assertThatThrownBy(() -> read("vide.pdf", empty))
                .isInstanceOf(InvalidSourceException.class).hasMessage("PDF with no pages");
    }

    @Test
    void anEmailGivesItsHeadersAsMetadataAndItsAttachmentAsAChild() throws Exception {
        List<ParsedDocument> documents = read("offre.eml", eml("Offre d'été", pdf(PAGES, null)));
        assertThat(documents).hasSize(2);
        ParsedDocument mail = documents.get(0);
        assertThat(mail.part()).isNull();
        assertThat(mail.parent()).isNull();
        assertThat(mail.text()).contains("Voici l'offre reçue à l'été");
        assertThat(mail.title()).isEqualTo("Offre d'été");
        assertThat(mail.date()).startsWith("2025-01-04");
        assertThat(mail.metadata().get(DocumentMetadata.FROM)).singleElement().asString().contains("claire@example.fr");
        assertThat(mail.metadata().get(DocumentMetadata.TO)).singleElement().asString().contains("jean@example.fr");
        assertThat(mail.metadata().get(DocumentMetadata.CC)).singleElement().asString().contains("lea@example.fr");
        assertThat(mail.metadata().get(DocumentMetadata.SUBJECT)).containsExactly("Offre d'été");
        ParsedDocument attachment = documents.get(1);
        assertThat(attachment.part()).isEqualTo("offre.pdf");
        assertThat(attachment.parent()).isEqualTo("");
        assertThat(attachment.text()).contains("Troisième page");
        assertThat(attachment.pages()).hasSize(3);
    }

    @Test
    void aMailboxGivesEachMessageAsItIsRead() throws Exception {
        ByteArrayOutputStream mbox = new ByteArrayOutputStream();
        for (int i = 1; i <= 3; i++) {
            mbox.write(("From claire@example.fr Sat Jan  4 10:00:00 2025\n").getBytes(StandardCharsets.US_ASCII));
            mbox.write(new String(eml("Message numéro " + i, null), StandardCharsets.ISO_8859_1)
                    .replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1));
            mbox.write('\n');
        }
        List<ParsedDocument> messages = new ArrayList<>();
        reader.read(new BytesSource("boite.mbox", mbox.toByteArray()), messages::add);
        assertThat(messages).extracting(ParsedDocument::part).containsExactly("1", "2", "3");
        assertThat(messages).extracting(ParsedDocument::parent).containsOnlyNulls();
        assertThat(messages.get(2).title()).isEqualTo("Message numéro 3");
        assertThat(messages.get(0).text()).contains("reçue à l'été");
    }

    @Test
    void aParserThatGivesNothingForTheTimeoutIsAbandoned() {
        try (ParseWorker worker = new ParseWorker(getClass().getClassLoader())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> worker.run(new BytesSource("lent.pdf", new byte[1]), 1,
                    events -> Thread.sleep(60_000), document -> {}))
                    .isInstanceOf(InvalidSourceException.class).hasMessage("gave up after 1 s");
            assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
        }
    }

    @Test
    void anImageOfFrenchTextIsReadByOcr() throws Exception {
        boolean installed = new OcrAvailability().available("fra");
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "Tesseract with French data is not installed");
        }
        assertThat(installed).as("tesseract-ocr-fra must be installed under CI").isTrue();
        BufferedImage image = new BufferedImage(1400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(new Font(Font.SERIF, Font.PLAIN, 64));
        graphics.drawString("Pékin répliqué à l'été", 40, 120);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        ParsedDocument scan = read("scan.png", png.toByteArray()).getFirst();
        assertThat(scan.text()).contains("Pékin").contains("répliqué").contains("été");
        assertThat(scan.metadata().get(DocumentMetadata.EXTRACTION)).containsExactly("ocr");
    }

    @Test
    void withoutOcrAnImageFailsWithOneClearReason() throws Exception {
        TikaDocumentReader noOcr = new TikaDocumentReader(ReadingLimits.DEFAULTS.withOcr(false));
        try {
            BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            assertThatThrownBy(() -> noOcr.read(new BytesSource("scan.png", png.toByteArray())))
                    .isInstanceOf(InvalidSourceException.class).hasMessage("OCR is off (ocr.enabled)");
        } finally {
            noOcr.deactivate();
        }
    }
}
