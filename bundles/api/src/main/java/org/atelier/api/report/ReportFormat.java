package org.atelier.api.report;

/**
 * An installed export format, as its {@link ReportExporter} service declares it.
 *
 * @param id        the id typed after {@code --format}
 * @param label     its name for people
 * @param mediaType the media type of what it writes
 * @param extension the usual file name extension, without the dot
 * @param binary    whether the output is not text, and so goes to a file only
 */
public record ReportFormat(String id, String label, String mediaType, String extension, boolean binary) {}
