package org.atelier.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.atelier.launcher.Main.LaunchException;
import org.atelier.launcher.api.CommandContext;

/** Sends a command to the workbench running on a workspace and relays its output and exit code. */
final class RemoteClient {
    private RemoteClient() {}

    static int run(Path workspace, List<String> words, CommandContext context) throws IOException {
        Properties endpoint = endpoint(workspace);
        int port = Integer.parseInt(endpoint.getProperty("port", "0"));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            out.writeInt(RemoteProtocol.VERSION);
            RemoteProtocol.writeString(out, endpoint.getProperty("secret", ""));
            RemoteProtocol.writeString(out, context.workingDirectory().toString());
            out.writeBoolean(context.terminal());
            out.writeInt(words.size());
            for (String word : words) {
                RemoteProtocol.writeString(out, word);
            }
            out.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            while (true) {
                byte kind = in.readByte();
                if (kind == RemoteProtocol.EXIT) {
                    context.out().flush();
                    context.err().flush();
                    return in.readInt();
                }
                byte[] chunk = in.readNBytes(in.readInt());
                (kind == RemoteProtocol.ERR ? context.err() : context.out()).write(chunk);
            }
        } catch (EOFException e) {
            throw new LaunchException(1, "the workbench on " + workspace + " stopped before the command ended");
        } catch (IOException e) {
            throw new LaunchException(1, "the workbench on " + workspace + " holds the workspace but does not answer ("
                    + Main.describe(e) + ")");
        }
    }

    private static Properties endpoint(Path workspace) throws IOException {
        try {
            return RemoteProtocol.readEndpoint(workspace);
        } catch (NoSuchFileException e) {
            throw new LaunchException(1, "the workbench on " + workspace + " stopped before the command reached it");
        }
    }
}
