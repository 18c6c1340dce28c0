package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents feature in the assembled distribution: {@code bin/atelier import} of a folder of PDF, DOCX, ODT
 * and e-mail with an attachment, each a document (the attachment one of its own), and search finding the PDF's
 * text by an accented word typed bare.
 */
class DocumentFormatsTest {
    @TempDir
    Path dir;

    @Test
    void pdfOfficeAndEmailAreImportedAndSearchable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dossier"));
        Files.write(folder.resolve("revue.pdf"), pdf("La campagne présidentielle s'achève à Pékin."));
        Files.write(folder.resolve("note.docx"), docx("Nvidia répliqua aux contrôles américains."));
        Files.write(folder.resolve("compte-rendu.odt"), odt("Huawei présenta ses puces Ascend à l'été."));
        Files.write(folder.resolve("offre.eml"), eml(pdf("Offre jointe : des puces livrées en décembre.")));

        Path workspace = dir.resolve("workspace");
        CommandResult imported = AtelierCli.run(workspace, "import", "--json", folder.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.toString()).doesNotContain("no reader");
        JsonNode result = imported.json();
        assertThat(result.get("counts").get("failed").asInt()).as(imported.toString()).isZero();
        assertThat(result.get("counts").get("skipped").asInt()).as(imported.toString()).isZero();
        List<String> paths = result.get("imported").findValues("path").stream().map(JsonNode::asText)
                .map(path -> path.substring(path.indexOf("dossier/") < 0 ? 0 : path.indexOf("dossier/") + 8))
                .toList();
        assertThat(paths).as(imported.toString()).containsExactlyInAnyOrder(
                "revue.pdf", "note.docx", "compte-rendu.odt", "offre.eml", "offre.eml!/offre.pdf");

        CommandResult search = AtelierCli.run(workspace, "search", "--json", "présidentielle");
        assertThat(search.exitCode()).as(search.toString()).isZero();
        assertThat(search.json().get("hits").findValues("path")).extracting(JsonNode::asText)
                .singleElement().asString().endsWith("revue.pdf");

        CommandResult attachment = AtelierCli.run(workspace, "search", "--json", "décembre");
        assertThat(attachment.json().get("hits").findValues("path")).extracting(JsonNode::asText)
                .singleElement().asString().endsWith("offre.eml!/offre.pdf");
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The smallest WordprocessingML package Word opens: content types, the relationship, the body. */
    private static byte[] docx(String text) throws IOException {
        return zip(
                "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""",
                "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""",
                "word/document.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""".formatted(text));
    }

    /** An OpenDocument text: the mimetype first and stored, then the content. */
    private static byte[] odt(String text) throws IOException {
        return zip(
                "mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""",
                "content.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>""".formatted(text));
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An e-mail in MIME, as a mail client writes it: a French body and a PDF attached. */
    private static byte[] eml(byte[] attachment) throws IOException {
        String pdf = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment);
        String message = """
                From: Claire Dupont <claire@example.fr>
                To: jean@example.fr
                Cc: lea@example.fr
                Subject: =?UTF-8?Q?Offre_d'=C3=A9t=C3=A9?=
                Date: Sat, 4 Jan 2025 10:00:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="limite"

                --limite
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Voici l'offre reçue, à lire avant jeudi.
                --limite
                Content-Type: application/pdf; name="offre.pdf"
                Content-Disposition: attachment; filename="offre.pdf"
                Content-Transfer-Encoding: base64

                %s
                --limite--
                """.formatted(pdf).replace("\n", "\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream o = out) {
            o.write(message.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
