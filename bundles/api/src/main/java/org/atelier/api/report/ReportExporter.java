package org.atelier.api.report;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a report in one format: the extension point for export formats. Register one service per format
 * (whiteboard) with the properties {@link #FORMAT}, {@link #LABEL}, {@link #MEDIA_TYPE} and {@link #EXTENSION}
 * (and {@link #BINARY} for a format that is not text); the format then shows in {@code atelier export --list} and
 * {@code atelier export --format ID} writes it. Of two services with the same format id, the one ranked higher
 * wins.
 *
 * <p>An exporter streams: it writes each claim as {@link Report#claims()} gives it and keeps none, so that a
 * report of any size takes bounded memory. Its output is deterministic: the same report gives the same bytes,
 * {@link Report#date()} aside.
 */
@ConsumerType
public interface ReportExporter {
    /** Service property: the format's id, as typed after {@code --format} ({@code md}, {@code csv}). */
    String FORMAT = "atelier.report.format";
    /** Service property: the format's name for people ({@code Markdown}). */
    String LABEL = "atelier.report.label";
    /** Service property: the media type of what it writes ({@code text/markdown; charset=UTF-8}). */
    String MEDIA_TYPE = "atelier.report.mediatype";
    /** Service property: the usual file name extension, without the dot ({@code md}). */
    String EXTENSION = "atelier.report.extension";
    /**
     * Service property, optional: {@code true} when the output is not text (a PDF), so that it is written to a
     * file and never to a terminal.
     */
    String BINARY = "atelier.report.binary";

    /**
     * Writes {@code report} to {@code out}. The stream is the caller's: write to it and flush it, but do not close
     * it.
     *
     * @throws IOException when writing fails
     */
    void write(Report report, OutputStream out) throws IOException;
}
