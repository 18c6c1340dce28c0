package org.atelier.api.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

/** A file handed to a {@link DocumentReader}: from disk or from inside an archive. */
@ProviderType
public interface SourceFile {
    /** The file name, with its extension. */
    String name();

    /** The path relative to what the user imported, as documents record it. */
    String path();

    /** The raw bytes. */
    byte[] bytes() throws IOException;

    /**
     * The raw bytes as a stream, read from disk where the source is a file, never held whole in memory: for
     * readers of large sources. The caller closes it.
     *
     * @since 1.2
     */
    default InputStream open() throws IOException {
        return new ByteArrayInputStream(bytes());
    }

    /**
     * The size in bytes.
     *
     * @since 1.2
     */
    default long size() throws IOException {
        return bytes().length;
    }

    /**
     * The bytes decoded as text: the charset of a BOM, else UTF-8 when valid, else Windows-1252; then Unicode
     * NFC with {@code \n} line ends.
     */
    String text() throws IOException;

    /**
     * Reports one part of this source as invalid (the third line of a JSON lines file that is not JSON), so that
     * the documents of the other parts still import: the importer lists {@code path#part} as failed with
     * {@code reason}. A source invalid as a whole throws {@link InvalidSourceException} from the reader instead.
     */
    void invalidPart(String part, String reason);
}
