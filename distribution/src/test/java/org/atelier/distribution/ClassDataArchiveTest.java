package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/atelier} keeps a class data sharing archive per mode under var/cds: made by the first run that
 * starts the whole runtime, used by the next ones, made again when damaged, when the jars change or when the run
 * that made it stopped short, and never visible in a command's output.
 */
class ClassDataArchiveTest {
    @TempDir
    Path temp;
    Path home;
    Path workspace;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(temp.resolve("atelier"));
        assertThat(home.resolve("var")).doesNotExist();
        workspace = temp.resolve("workspace");
    }

    @Test
    void aCommandMakesItsArchiveThenUsesItWithTheSameOutput() throws Exception {
        CommandResult first = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.json()).hasSize(5); // stdout is the command's JSON and nothing else
        Path archive = onlyArchive("command-");
        assertThat(vouched(archive)).isTrue();

        FileTime made = Files.getLastModifiedTime(archive);
        CommandResult second = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);

        // A jar newer than the archive (an upgraded distribution): the next command makes it again.
        Path launcher = home.resolve("lib").resolve("org.atelier.launcher.jar");
        Files.setLastModifiedTime(launcher, FileTime.from(Instant.now().plusSeconds(5)));
        CommandResult third = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(onlyArchive("command-"))).isGreaterThan(made);
    }

    @Test
    void aDamagedArchiveIsMadeAgainWithoutAWord() throws Exception {
        assertThat(AtelierCli.run(home, workspace, Map.of(), "list").exitCode()).isZero();
        Path archive = onlyArchive("command-");
        long size = Files.size(archive);
        try (FileChannel file = FileChannel.open(archive, StandardOpenOption.WRITE)) {
            file.truncate(size / 3); // as a run killed while the JVM wrote it would leave it
        }
        CommandResult result = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.json()).hasSize(5);
        assertThat(Files.size(onlyArchive("command-"))).isGreaterThan(size / 3);
    }

    @Test
    void theWorkbenchMakesItsArchiveAndARunThatStoppedShortIsNotKept() throws Exception {
        // --version starts no runtime: what it loaded would make a poor archive, and nobody vouches for it.
        CommandResult version = AtelierCli.run(home, workspace, Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Atelier ");
        Path poor = onlyArchive("workbench-");
        assertThat(vouched(poor)).isFalse();
        long poorSize = Files.size(poor);

        try (AtelierCli.RunningWorkbench workbench = AtelierCli.startWorkbench(home, workspace)) {
            assertThat(workbench.readyLine()).contains(" ready at http://127.0.0.1:");
            // A command passed to the running workbench makes no archive of its own.
            CommandResult list = AtelierCli.run(home, workspace, Map.of(), "list");
            assertThat(list.exitCode()).as(list.toString()).isZero();
        }
        assertThat(archives("command-")).isEmpty();
        Path archive = onlyArchive("workbench-");
        assertThat(vouched(archive)).isTrue();
        assertThat(Files.size(archive)).isGreaterThan(poorSize);

        try (AtelierCli.RunningWorkbench again = AtelierCli.startWorkbench(home, workspace)) {
            assertThat(again.readyLine()).contains(" ready at http://127.0.0.1:");
        }
    }

    private Path onlyArchive(String prefix) throws IOException {
        List<Path> archives = archives(prefix);
        assertThat(archives).hasSize(1);
        return archives.get(0);
    }

    private static boolean vouched(Path archive) {
        return Files.exists(archive.resolveSibling(archive.getFileName() + ".ok"));
    }

    private List<Path> archives(String prefix) throws IOException {
        Path dir = home.resolve("var").resolve("cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }
}
