package org.atelier.report.command;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the content goes to a hidden file beside it, forced to disk, then moved over
 * it in one step. A write that fails half-way leaves the file as it was (or absent) and no temporary file behind.
 */
final class AtomicFile {
    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Why {@code target} cannot be written, in words, or {@code null} when it can as far as can be told before
     * writing.
     */
    static String problem(Path target) {
        if (Files.isDirectory(target)) {
            return "it is a folder";
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "there is no folder " + folder;
        }
        if (!Files.isWritable(folder)) {
            return "the folder " + folder + " is not writable";
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            return "it is read-only";
        }
        return null;
    }

    static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        boolean done = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush();
            channel.force(true);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file replaced keeps who may read it. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (old != null && Files.exists(file)) {
            Set<PosixFilePermission> permissions = old.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, permissions);
        }
    }
}
