package org.atelier.api.corpus;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * Reads the documents in {@code source} one at a time, handing each to {@code documents} as soon as it is
     * found. A reader of formats that hold many documents (a mailbox of 100,000 messages) overrides it so that
     * they are never all in memory at once; by default, {@link #read(SourceFile)}.
     *
     * @throws InvalidSourceException when the content is not of this format; its message says why
     * @since 1.2
     */
    default void read(SourceFile source, Consumer<ParsedDocument> documents) throws IOException {
        read(source).forEach(documents);
    }
}
