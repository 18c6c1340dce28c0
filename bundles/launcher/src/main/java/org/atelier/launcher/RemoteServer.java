package org.atelier.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.atelier.launcher.api.CommandContext;
import org.atelier.launcher.api.CommandLineRunner;

/** The workbench's side of {@link RemoteProtocol}: runs commands sent by {@code bin/atelier} over loopback. */
final class RemoteServer implements AutoCloseable {
    private final ServerSocket socket;
    private final byte[] secret;
    private final CommandLineRunner runner;
    private final Path endpointFile;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "atelier-remote");
        t.setDaemon(true);
        return t;
    });

    private RemoteServer(ServerSocket socket, byte[] secret, CommandLineRunner runner, Path endpointFile) {
        this.socket = socket;
        this.secret = secret;
        this.runner = runner;
        this.endpointFile = endpointFile;
    }

    static RemoteServer open(Path workspace, CommandLineRunner runner) throws IOException {
        ServerSocket socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path file = RemoteProtocol.endpointFile(workspace);
        String content = "# Where bin/atelier sends commands while this workbench runs. Secret: keep private.\n"
                + "port=" + socket.getLocalPort() + "\n"
                + "secret=" + HexFormat.of().formatHex(secret) + "\n"
                + "pid=" + ProcessHandle.current().pid() + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RemoteServer server = new RemoteServer(socket, secret, runner, file);
        Thread acceptor = new Thread(server::acceptLoop, "atelier-remote-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                workers.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
            int version = in.readInt();
            byte[] offered = HexFormat.of().parseHex(RemoteProtocol.readString(in));
            if (version != RemoteProtocol.VERSION || !MessageDigest.isEqual(offered, secret)) {
                reply(out, RemoteProtocol.ERR, "atelier: the workbench refused the command (wrong secret)\n");
                exit(out, CommandLineRunner.FAILURE);
                return;
            }
            Path cwd = Path.of(RemoteProtocol.readString(in));
            boolean terminal = in.readBoolean();
            int count = in.readInt();
            List<String> words = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                words.add(RemoteProtocol.readString(in));
            }
            PrintStream stdout = new PrintStream(new RemoteProtocol.FrameStream(out, RemoteProtocol.OUT), false,
                    StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(new RemoteProtocol.FrameStream(out, RemoteProtocol.ERR), true,
                    StandardCharsets.UTF_8);
            int code = runner.run(words, new CommandContext(InputStream.nullInputStream(), stdout, stderr, cwd,
                    terminal));
            stdout.flush();
            stderr.flush();
            exit(out, code);
        } catch (IOException | IllegalArgumentException e) {
            // The client went away or spoke something else: nothing to answer.
        }
    }

    private static void reply(DataOutputStream out, byte kind, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte(kind);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(RemoteProtocol.EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(endpointFile);
        socket.close();
        workers.shutdownNow();
    }
}
