package org.atelier.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atelier.launcher.Main.LaunchException;

/**
 * The launcher's own options, which come before the command: {@code --workspace DIR}, {@code --port N},
 * {@code --host ADDRESS}, {@code --open}, {@code --help}, {@code --version}. Everything from the first other word
 * on belongs to the command. {@code properties}: framework properties the options set, over conf/.
 */
record LaunchOptions(Path workspace, boolean version, List<String> commandWords, boolean terminal,
        boolean consoleInput, Map<String, String> properties, boolean open) {
    /** Felix HTTP's framework properties: where the web workbench listens. */
    static final String HTTP_PORT = "org.osgi.service.http.port", HTTP_HOST = "org.apache.felix.http.host";

    static LaunchOptions parse(String[] args) throws LaunchException {
        Path workspace = null;
        boolean version = false;
        boolean open = false;
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < args.length && words.isEmpty()) {
            String arg = args[i++];
            switch (arg) {
                case "--workspace", "-w" -> {
                    if (i >= args.length) {
                        throw new LaunchException(2, "--workspace needs a folder");
                    }
                    workspace = Path.of(args[i++]).toAbsolutePath().normalize();
                }
                case "--version", "-V" -> version = true;
                case "--open" -> open = true;
                case "--port" -> properties.put(HTTP_PORT, port(value(args, i++, "--port needs a port number")));
                case "--host" -> properties.put(HTTP_HOST, value(args, i++, "--host needs an address"));
                case "--help", "-h" -> words.add("help");
                default -> {
                    if (arg.startsWith("--workspace=")) {
                        workspace = Path.of(arg.substring("--workspace=".length())).toAbsolutePath().normalize();
                    } else if (arg.startsWith("--port=")) {
                        properties.put(HTTP_PORT, port(arg.substring("--port=".length())));
                    } else if (arg.startsWith("--host=")) {
                        properties.put(HTTP_HOST, arg.substring("--host=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new LaunchException(2, "unknown option " + arg + " (see bin/atelier --help)");
                    } else {
                        words.add(arg);
                    }
                }
            }
        }
        while (i < args.length) {
            words.add(args[i++]);
        }
        // bin/atelier tells whether the user's stdin and stderr are terminals; Java alone cannot on Java 21.
        return new LaunchOptions(workspace, version, List.copyOf(words),
                Boolean.getBoolean("atelier.terminal.err"), Boolean.getBoolean("atelier.terminal.in"),
                Map.copyOf(properties), open);
    }

    private static String value(String[] args, int i, String missing) throws LaunchException {
        if (i >= args.length) {
            throw new LaunchException(2, missing);
        }
        return args[i];
    }

    /** A port from 0 (any free one) to 65535. */
    private static String port(String value) throws LaunchException {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return Integer.toString(port);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchException(2, "--port needs a port number from 0 to 65535, not " + value);
    }
}
