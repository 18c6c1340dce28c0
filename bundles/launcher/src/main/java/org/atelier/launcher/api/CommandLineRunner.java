package org.atelier.launcher.api;

import java.util.List;

/**
 * Runs one user command given as command-line words ({@code ["import", "--json", "a.txt"]}), the way
 * {@code bin/atelier COMMAND ARGS} and the workbench's loopback port both need it.
 */
public interface CommandLineRunner {
    /** Exit codes of {@link #run}. */
    int OK = 0, FAILURE = 1, USAGE = 2;

    /** Whether a command of this name is installed. */
    boolean hasCommand(String name);

    /**
     * Runs the command and returns its exit code. Failures are written to {@code context.err()} as one line;
     * nothing is thrown.
     */
    int run(List<String> words, CommandContext context);
}
