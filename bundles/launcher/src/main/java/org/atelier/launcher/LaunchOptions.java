package org.atelier.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atelier.launcher.Main.LaunchException;

/**
 * The launcher's own options, which come before the command: {@code --workspace DIR}, {@code --help},
 * {@code --version}. Everything from the first other word on belongs to the command.
 */
record LaunchOptions(Path workspace, boolean version, List<String> commandWords, boolean terminal,
        boolean consoleInput) {

    static LaunchOptions parse(String[] args) throws LaunchException {
        Path workspace = null;
        boolean version = false;
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
                case "--help", "-h" -> words.add("help");
                default -> {
                    if (arg.startsWith("--workspace=")) {
                        workspace = Path.of(arg.substring("--workspace=".length())).toAbsolutePath().normalize();
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
                Boolean.getBoolean("atelier.terminal.err"), Boolean.getBoolean("atelier.terminal.in"));
    }
}
