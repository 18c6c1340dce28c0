package org.atelier.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

import org.atelier.api.workspace.Workspace;

/**
 * A workspace in a temporary folder that writes as the real one does (a temporary sibling renamed over the
 * target), without forcing to disk, and counts its writes; {@link #failWritesOf} makes writes to one file name
 * fail, as a full disk would.
 */
public final class TestWorkspace implements Workspace {
    private final Path root;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile String failing;

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
        if (file.getFileName().toString().equals(failing)) {
            throw new IOException("No space left on device");
        }
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        writes.incrementAndGet();
    }

    public void failWritesOf(String fileName) {
        failing = fileName;
    }

    public int writes() {
        return writes.get();
    }
}
