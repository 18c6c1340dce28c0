package org.atelier.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.atelier.api.workspace.Workspace;

/** A workspace in a temporary folder that writes as the real one does: a temporary sibling renamed over. */
public final class TestWorkspace implements Workspace {
    private final Path root;

    public TestWorkspace(Path root) {
        this.root = root;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path area(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    @Override
    public void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
