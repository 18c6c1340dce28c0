package org.atelier.api.corpus;

import java.io.IOException;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a source file of one format into documents: the extension point for formats. Register an
 * implementation as a service with {@link #EXTENSIONS}; the importer hands it every file so named.
 */
@ConsumerType
public interface DocumentReader {
    /** Service property: the file extensions read, lower case without the dot ({@code "html", "htm"}). */
    String EXTENSIONS = "atelier.reader.extensions";

    /**
     * Reads the documents in {@code source}: one for most formats, one per record for JSON lines.
     *
     * @throws InvalidSourceException when the content is not of this format; its message says why
     */
    List<ParsedDocument> read(SourceFile source) throws IOException;
}
