package org.atelier.tika;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of the document readers, PID {@code org.atelier.tika} ({@code conf/org.atelier.tika.cfg}). */
@ObjectClassDefinition(name = "Document readers (Apache Tika)",
        description = "PDF, office, OpenDocument, RTF, EPUB, e-mail and scanned images: OCR and the limits that keep "
                + "a hostile file from stalling an import.")
public @interface TikaReaderConfiguration {
    String PID = "org.atelier.tika";

    @AttributeDefinition(name = "OCR", description = "Reads images and image-only PDF pages with Tesseract.")
    boolean ocr_enabled() default true;

    @AttributeDefinition(name = "OCR language", description = "Tesseract's language codes, joined by + (fra+eng).")
    String ocr_language() default "fra";

    @AttributeDefinition(name = "OCR timeout", description = "Seconds Tesseract may spend on one image.")
    int ocr_timeout() default 300;

    @AttributeDefinition(name = "Parse timeout",
            description = "Seconds a file may go without progress before its parser is abandoned.")
    int parse_timeout_seconds() default 120;

    @AttributeDefinition(name = "Maximum characters", description = "The longest text one document may have.")
    int max_characters() default 20_000_000;

    @AttributeDefinition(name = "Maximum embedding depth",
            description = "How deep files inside files are followed (an attachment of an attachment is 2).")
    int max_embedded_depth() default 5;

    @AttributeDefinition(name = "Maximum embedded files",
            description = "How many embedded files one source may give (a mailbox's messages are not counted).")
    int max_embedded_count() default 1000;
}
