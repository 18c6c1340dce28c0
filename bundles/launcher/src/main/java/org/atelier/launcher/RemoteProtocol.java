package org.atelier.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How {@code bin/atelier COMMAND} talks to the workbench running on the same workspace, over loopback.
 *
 * <p>The workbench writes {@code .atelier/remote.properties} (port and a random secret, readable by its owner
 * only). A client sends the secret, its working directory, whether stderr is a terminal, and the command words;
 * the workbench answers with frames: {@code 'o'} or {@code 'e'} and a chunk of stdout or stderr, then
 * {@code 'x'} and the exit code. Hand-written because it is a dozen lines over a socket and the launcher runs
 * before any bundle, with only the JDK at hand.
 */
final class RemoteProtocol {
    static final byte OUT = 'o', ERR = 'e', EXIT = 'x';
    static final int VERSION = 1;

    private RemoteProtocol() {}

    static Path endpointFile(Path workspace) {
        return WorkspaceLock.stateDir(workspace).resolve("remote.properties");
    }

    static Properties readEndpoint(Path workspace) throws IOException {
        Properties endpoint = new Properties();
        try (var in = Files.newInputStream(endpointFile(workspace))) {
            endpoint.load(in);
        }
        return endpoint;
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 20) {
            throw new IOException("bad frame");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** An output stream that sends what is written to it as frames of one kind. */
    static final class FrameStream extends OutputStream {
        private final DataOutputStream socket;
        private final byte kind;

        FrameStream(DataOutputStream socket, byte kind) {
            this.socket = socket;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (socket) {
                socket.writeByte(kind);
                socket.writeInt(len);
                socket.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (socket) {
                socket.flush();
            }
        }
    }
}
