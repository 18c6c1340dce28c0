package org.atelier.api.workspace;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The folder where Atelier keeps an analyst's data. Each bundle keeps its own data in its own area, and writes
 * files atomically so that a crash leaves either the old or the new content, never a mix.
 */
@ProviderType
public interface Workspace {
    /** The workspace folder itself. */
    Path root();

    /** The folder of one area of the workspace ({@code documents}, {@code index}, ...), created on demand. */
    Path area(String name) throws IOException;

    /**
     * Replaces {@code file} with {@code content} atomically and durably: once this returns, the content
     * survives a crash of the process or of the machine.
     */
    void writeAtomically(Path file, byte[] content) throws IOException;
}
