package org.atelier.tika;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atelier.api.corpus.DocumentMetadata;
import org.atelier.api.corpus.ParsedDocument;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;

/** Tika's metadata of one document, under Atelier's keys ({@link DocumentMetadata}). */
final class MetadataMapping {
    private static final String TESSERACT = "org.apache.tika.parser.ocr.TesseractOCRParser";

    private MetadataMapping() {}

    /** The document of {@code metadata} and {@code text}, at {@code part} under {@code parent}. */
    static ParsedDocument document(String part, String parent, Metadata metadata, NormalizedText text) {
        String mediaType = mediaType(metadata);
        boolean mail = mediaType != null
                && (mediaType.equals("message/rfc822") || mediaType.equals("application/vnd.ms-outlook"));
        Map<String, List<String>> mapped = new LinkedHashMap<>();
        put(mapped, DocumentMetadata.AUTHOR, metadata.getValues(TikaCoreProperties.CREATOR));
        put(mapped, DocumentMetadata.CREATED, metadata.getValues(TikaCoreProperties.CREATED));
        put(mapped, DocumentMetadata.MODIFIED, metadata.getValues(TikaCoreProperties.MODIFIED));
        if (mediaType != null) {
            put(mapped, DocumentMetadata.CONTENT_TYPE, new String[] {mediaType});
        }
        if (mail) {
            put(mapped, DocumentMetadata.FROM, metadata.getValues(Message.MESSAGE_FROM));
            put(mapped, DocumentMetadata.TO, metadata.getValues(Message.MESSAGE_TO));
            put(mapped, DocumentMetadata.CC, metadata.getValues(Message.MESSAGE_CC));
            put(mapped, DocumentMetadata.SUBJECT, metadata.getValues(TikaCoreProperties.TITLE));
        } else {
            // Office files keep their keywords in meta:keyword; Tika copies them to dc:subject as well.
            String[] keywords = metadata.getValues(Office.KEYWORDS);
            put(mapped, DocumentMetadata.KEYWORDS,
                    keywords.length > 0 ? keywords : metadata.getValues(TikaCoreProperties.SUBJECT));
        }
        if (producedByOcr(metadata)) {
            put(mapped, DocumentMetadata.EXTRACTION, new String[] {"ocr"});
        }
        return new ParsedDocument(part, metadata.get(TikaCoreProperties.TITLE), text.text(), null,
                metadata.get(TikaCoreProperties.CREATED), language(metadata.get(TikaCoreProperties.LANGUAGE)),
                null, parent, mapped, text.pages());
    }

    /** The detected media type without its parameters ({@code charset}), or {@code null}. */
    static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? null : FormatNames.baseType(type);
    }

    /** True when Tesseract read this document's text: an image, or PDF pages without a text layer. */
    static boolean producedByOcr(Metadata metadata) {
        String ocrPages = metadata.get(PDF.OCR_PAGE_COUNT);
        if (ocrPages != null && !ocrPages.equals("0")) {
            return true;
        }
        return Arrays.asList(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)).contains(TESSERACT)
                && mediaType(metadata) != null && mediaType(metadata).startsWith("image/");
    }

    /** An ISO 639-1 code from what the format says ({@code fr-FR}, {@code fr_FR}), or {@code null}. */
    static String language(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))
                ? code : null;
    }

    private static void put(Map<String, List<String>> metadata, String key, String[] values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !kept.contains(value.strip())) {
                kept.add(value.strip());
            }
        }
        if (!kept.isEmpty()) {
            metadata.put(key, List.copyOf(kept));
        }
    }
}
