package org.atelier.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.atelier.launcher.Main.LaunchException;

/**
 * One runtime per workspace: an OS file lock on {@code .atelier/lock}, released by the OS when the process
 * dies, so a killed workbench never leaves the workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path stateDir(Path workspace) {
        return workspace.resolve(".atelier");
    }

    /** The lock, or {@code null} when another process holds it. */
    static WorkspaceLock tryAcquire(Path workspace) throws LaunchException {
        Path dir = stateDir(workspace);
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            // The pid is only for messages, so it is not forced to disk: the lock itself is the OS's.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            throw new LaunchException(1, "cannot use workspace " + workspace + ": " + Main.describe(e));
        }
    }

    /** " (process 1234)" when the holder's pid can be read, else "". */
    static String holderDescription(Path workspace) {
        try {
            String pid = Files.readString(stateDir(workspace).resolve("lock"), StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "" : " (process " + pid + ")";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
