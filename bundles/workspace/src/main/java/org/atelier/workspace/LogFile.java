package org.atelier.workspace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.atelier.api.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Keeps warnings and errors of the OSGi Log Service in {@code .atelier/atelier.log} of the workspace: users see
 * one line on the terminal, and the details, stack traces included, are here.
 */
@Component
public class LogFile implements LogListener {
    private final LogReaderService reader;
    private final Path file;

    @Activate
    public LogFile(@Reference LogReaderService reader, @Reference Workspace workspace) throws IOException {
        this.reader = reader;
        this.file = Files.createDirectories(workspace.root().resolve(".atelier")).resolve("atelier.log");
        reader.addLogListener(this);
    }

    @Deactivate
    void close() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (!LogLevel.WARN.implies(entry.getLogLevel())) { // only WARN, ERROR, AUDIT
            return;
        }
        StringWriter text = new StringWriter();
        text.append(Instant.ofEpochMilli(entry.getTime()).toString()).append(' ')
                .append(entry.getLogLevel().name()).append(' ')
                .append(entry.getBundle() == null ? "-" : entry.getBundle().getSymbolicName()).append(": ")
                .append(entry.getMessage()).append(System.lineSeparator());
        if (entry.getException() != null) {
            entry.getException().printStackTrace(new PrintWriter(text));
        }
        synchronized (this) {
            try {
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // The log file is what failed; the entry stays in the Log Service's memory.
            }
        }
    }
}
