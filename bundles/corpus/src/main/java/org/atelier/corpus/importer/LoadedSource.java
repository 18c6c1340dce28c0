package org.atelier.corpus.importer;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.SourceFile;
import org.atelier.corpus.text.TextDecoder;

/**
 * A source read into memory, from disk or from an archive, within the size limit; its text decoded once, on
 * first request.
 */
final class LoadedSource implements SourceFile {
    /** A part a reader reported invalid. */
    record InvalidPart(String part, String reason) {}

    private final String name;
    private final String path;
    private final byte[] bytes;
    private final String modified;
    private final List<InvalidPart> invalidParts = new ArrayList<>();
    private String text;

    /** {@code modified}: the day the file was last changed, ISO-8601 in UTC, or {@code null} when unknown. */
    LoadedSource(String name, String path, byte[] bytes, String modified) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
        this.modified = modified;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String text() throws InvalidSourceException {
        if (text == null) {
            text = TextDecoder.decode(bytes);
        }
        return text;
    }

    @Override
    public void invalidPart(String part, String reason) {
        invalidParts.add(new InvalidPart(part, reason));
    }

    List<InvalidPart> invalidParts() {
        return invalidParts;
    }

    /** The date a document takes when neither its reader nor its text gives one. */
    String modified() {
        return modified;
    }

    long size() {
        return bytes.length;
    }
}
