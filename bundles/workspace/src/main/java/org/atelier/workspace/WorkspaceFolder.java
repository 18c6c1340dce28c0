package org.atelier.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import org.atelier.api.workspace.Workspace;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The workspace the launcher opened, named by the framework property {@code atelier.workspace}.
 */
@Component(service = Workspace.class)
public class WorkspaceFolder implements Workspace {
    static final String PROPERTY = "atelier.workspace";
    private static final Pattern AREA_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Path root;

    @Activate
    public WorkspaceFolder(BundleContext context) throws IOException {
        String configured = context.getProperty(PROPERTY);
        this.root = Path.of(configured != null ? configured : "workspace").toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    WorkspaceFolder(Path root) {
        this.root = root;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path area(String name) throws IOException {
        if (!AREA_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an area name: " + name);
        }
        return Files.createDirectories(root.resolve(name));
    }

    /**
     * Write to a temporary sibling, force it to disk, rename over the target, then force the directory so the
     * rename itself survives a power cut.
     */
    @Override
    public void writeAtomically(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for sync; the rename is still atomic there.
        }
    }
}
