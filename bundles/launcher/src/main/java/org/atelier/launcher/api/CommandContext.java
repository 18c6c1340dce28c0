package org.atelier.launcher.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command line runs: its streams, the directory relative paths resolve against, and whether the user
 * sees a terminal on stderr (progress lines are drawn only then).
 */
public record CommandContext(
        InputStream in, PrintStream out, PrintStream err, Path workingDirectory, boolean terminal) {}
