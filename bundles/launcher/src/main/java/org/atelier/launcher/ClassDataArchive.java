package org.atelier.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.management.ObjectName;

/**
 * Records the JVM's class data sharing archive that {@code bin/atelier} asks for (system property
 * {@code atelier.cds.archive}, with {@code -XX:+RecordDynamicDumpInfo}) when it has none for this mode yet. The
 * launcher, not the JVM's exit, chooses the moment: once a workbench is up, or once a command ran in its own
 * runtime, so that the archive holds the classes a start loads, never those of a command that was only passed to
 * a running workbench. Through the JVM's own diagnostic command ({@code VM.cds dynamic_dump}), as {@code jcmd}
 * does; written beside and moved in place, so that a crash never leaves half an archive.
 */
final class ClassDataArchive {
    static final String PROPERTY = "atelier.cds.archive";

    private ClassDataArchive() {}

    /** Whether bin/atelier asked for an archive to be recorded by this run. */
    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Records the archive now; a failure only costs the speed-up, so it is logged and forgotten. */
    static void record(FrameworkLog log) {
        String target = System.getProperty(PROPERTY);
        if (target == null) {
            return;
        }
        System.clearProperty(PROPERTY);
        Path archive = Path.of(target);
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        removeLeftovers(archive.getParent());
        PrintStream out = System.out;
        try {
            // The JDK announces the dump on System.out, which is the command's output.
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            Object result = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", partial.toString()}},
                    new String[] {String[].class.getName()});
            if (Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                log.log(FrameworkLog.LOG_WARNING, "class data archive not written: " + result);
            }
        } catch (Exception | LinkageError e) {
            log.log(FrameworkLog.LOG_WARNING, "class data archive not written: " + Main.describe(e));
        } finally {
            System.setOut(out);
            try {
                Files.deleteIfExists(partial);
            } catch (Exception e) {
                // removed by the next recording
            }
        }
    }

    /** Partial archives of runs killed while they recorded (tens of megabytes each). */
    private static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, "*.jsa.*.tmp")) {
            for (Path partial : partials) {
                String[] parts = partial.getFileName().toString().split("\\.");
                boolean running;
                try {
                    running = ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).isPresent();
                } catch (NumberFormatException e) {
                    running = false;
                }
                if (!running) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            // left for the next recording
        }
    }
}
