package org.atelier.report.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheGoodFileAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.md");
        Files.writeString(report, "the good report");
        assertThatThrownBy(() -> AtomicFile.write(report, out -> {
            out.write("half of a new one".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(report)).isEqualTo("the good report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Path report = dir.resolve("report.md");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void whatCannotBeWrittenIsSaidBeforeWriting() throws IOException {
        assertThat(AtomicFile.problem(dir)).isEqualTo("it is a folder");
        assertThat(AtomicFile.problem(dir.resolve("no/such/report.md"))).startsWith("there is no folder ");
        assertThat(AtomicFile.problem(dir.resolve("report.md"))).isNull();
    }
}
