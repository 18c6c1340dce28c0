package org.atelier.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.apache.felix.framework.Logger;

/**
 * Sends the framework's own messages (bundles that fail to resolve, errors in listeners) to a file in the
 * workspace instead of the user's terminal, where Felix would print them with stack traces.
 */
final class FrameworkLog extends Logger {
    private static final String[] LEVELS = {"", "ERROR", "WARNING", "INFO", "DEBUG"};
    private final Path file;

    FrameworkLog(Path file) {
        this.file = file;
        setLogLevel(LOG_WARNING);
    }

    @Override
    protected void doLog(int level, String message, Throwable throwable) {
        StringWriter text = new StringWriter();
        text.append(Instant.now().toString()).append(' ')
                .append(level > 0 && level < LEVELS.length ? LEVELS[level] : "LOG").append(' ')
                .append(message).append(System.lineSeparator());
        if (throwable != null) {
            throwable.printStackTrace(new PrintWriter(text));
        }
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Nowhere better to say it: the log itself is what failed.
        }
    }
}
