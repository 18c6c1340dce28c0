package org.atelier.tika;

import java.util.Locale;
import java.util.Map;

/** The name a user knows a format by ({@code DOCX}), for messages, from the media type Tika detected. */
final class FormatNames {
    private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("application/vnd.ms-powerpoint", "PPT"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/epub+zip", "EPUB"),
            Map.entry("message/rfc822", "e-mail"),
            Map.entry("application/mbox", "mbox"),
            Map.entry("application/vnd.ms-outlook", "MSG"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/tiff", "TIFF"));

    private FormatNames() {}

    /**
     * The format's name: from the detected media type when it is one of ours; else from the file's extension
     * (a truncated DOCX may be detected as no more than a zip); else the media type itself.
     */
    static String of(String mediaType, String fileName) {
        String known = mediaType == null ? null : BY_MEDIA_TYPE.get(baseType(mediaType));
        if (known != null) {
            return known;
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot >= 0 && dot < fileName.length() - 1) {
            return fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
        }
        return mediaType == null ? "file" : baseType(mediaType);
    }

    /** {@code text/plain} of {@code text/plain; charset=UTF-8}. */
    static String baseType(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
