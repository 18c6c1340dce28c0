package org.atelier.corpus;

import java.util.ArrayList;
import java.util.List;

import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.SourceFile;
import org.atelier.corpus.text.TextDecoder;

/** A fixture as a reader receives it, keeping the parts the reader reports invalid. */
public final class TestSource implements SourceFile {
    public record Invalid(String part, String reason) {}

    private final String name;
    private final byte[] bytes;
    public final List<Invalid> invalid = new ArrayList<>();

    public TestSource(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public static TestSource fixture(String name) {
        return new TestSource(name, Fixtures.bytes(name));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return name;
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String text() throws InvalidSourceException {
        return TextDecoder.decode(bytes);
    }

    @Override
    public void invalidPart(String part, String reason) {
        invalid.add(new Invalid(part, reason));
    }
}
