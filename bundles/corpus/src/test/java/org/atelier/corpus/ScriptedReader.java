package org.atelier.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.corpus.SourceFile;

/**
 * A reader of a format that holds embedded documents (an e-mail and its attachments, as the Tika reader gives
 * them): it hands over the documents it was given, one at a time through the streaming method only, after reading
 * its source as a stream; and what it saw of each source is kept for the test to check.
 */
public final class ScriptedReader implements DocumentReader {
    /** What a source looked like to the reader. */
    public record Seen(String path, long size, byte[] streamed) {}

    private final List<ParsedDocument> documents;
    private final String failureAfterAll;
    public final List<Seen> seen = new ArrayList<>();

    /** A reader that gives {@code documents}, then fails with {@code failureAfterAll} unless it is {@code null}. */
    public ScriptedReader(List<ParsedDocument> documents, String failureAfterAll) {
        this.documents = List.copyOf(documents);
        this.failureAfterAll = failureAfterAll;
    }

    public ScriptedReader(List<ParsedDocument> documents) {
        this(documents, null);
    }

    @Override
    public List<ParsedDocument> read(SourceFile source) {
        throw new UnsupportedOperationException("the importer reads documents as they come");
    }

    @Override
    public void read(SourceFile source, Consumer<ParsedDocument> consumer) throws IOException {
        try (InputStream in = source.open()) {
            seen.add(new Seen(source.path(), source.size(), in.readAllBytes()));
        }
        documents.forEach(consumer);
        if (failureAfterAll != null) {
            throw new InvalidSourceException(failureAfterAll);
        }
    }
}
