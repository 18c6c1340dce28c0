package org.atelier.tika;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.atelier.api.corpus.SourceFile;

/** A source file held in memory, recording the parts reported invalid. */
record BytesSource(String name, byte[] content, List<String> invalidParts) implements SourceFile {
    BytesSource(String name, byte[] content) {
        this(name, content, new ArrayList<>());
    }

    @Override
    public String path() {
        return name;
    }

    @Override
    public byte[] bytes() {
        return content;
    }

    @Override
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public void invalidPart(String part, String reason) {
        invalidParts.add(part + ": " + reason);
    }
}
