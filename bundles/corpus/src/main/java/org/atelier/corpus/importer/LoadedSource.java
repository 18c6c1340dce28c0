package org.atelier.corpus.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.api.corpus.SourceFile;
import org.atelier.corpus.text.TextDecoder;

/**
 * A source within the size limit, from disk or from an archive. One from disk is read when a reader asks: as a
 * stream from the file ({@link #open()}), or into memory once ({@link #bytes()}); one from an archive is in memory
 * already. Its text is decoded once, on first request.
 */
final class LoadedSource implements SourceFile {
    /** A part a reader reported invalid. */
    record InvalidPart(String part, String reason) {}

    private final String name;
    private final String path;
    private final Path file;
    private final long size;
    private final long maxBytes;
    private final String modified;
    private final List<InvalidPart> invalidParts = new ArrayList<>();
    private byte[] bytes;
    private String text;

    private LoadedSource(String name, String path, Path file, long size, long maxBytes, byte[] bytes,
            String modified) {
        this.name = name;
        this.path = path;
        this.file = file;
        this.size = size;
        this.maxBytes = maxBytes;
        this.bytes = bytes;
        this.modified = modified;
    }

    /** {@code modified}: the day the file was last changed, ISO-8601 in UTC, or {@code null} when unknown. */
    LoadedSource(String name, String path, byte[] bytes, String modified) {
        this(name, path, null, bytes.length, bytes.length, bytes, modified);
    }

    /**
     * A file of {@code size} bytes on disk, read only when asked; {@code maxBytes} is the limit it was checked
     * against, which it must still keep when read (a file may grow meanwhile).
     */
    static LoadedSource onDisk(String name, String path, Path file, long size, long maxBytes, String modified) {
        return new LoadedSource(name, path, file, size, maxBytes, null, modified);
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
    public synchronized byte[] bytes() throws IOException {
        if (bytes == null) {
            byte[] read;
            try (InputStream in = Files.newInputStream(file)) {
                read = ImportRun.readAtMost(in, maxBytes);
            }
            if (read.length > maxBytes) {
                throw new IOException("grew past the limit of " + Limits.size(maxBytes) + " (maxFileBytes) while read");
            }
            bytes = read;
        }
        return bytes;
    }

    @Override
    public InputStream open() throws IOException {
        byte[] loaded;
        synchronized (this) {
            loaded = bytes;
        }
        return loaded != null ? new ByteArrayInputStream(loaded) : Files.newInputStream(file);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String text() throws IOException {
        if (text == null) {
            text = TextDecoder.decode(bytes());
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
}
