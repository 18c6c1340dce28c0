package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/atelier} keeps a class data sharing archive per mode under var/cds: recorded by the first start,
 * used by the next ones, recorded again when the jars change, and never visible in a command's output.
 */
class ClassDataArchiveTest {
    @TempDir
    Path temp;
    Path home;
    Path workspace;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(temp.resolve("atelier"));
        deleteTree(home.resolve("var"));
        workspace = temp.resolve("workspace");
    }

    @Test
    void aCommandRecordsItsArchiveThenUsesItWithTheSameOutput() throws Exception {
        CommandResult first = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.json()).hasSize(5); // stdout is the command's JSON and nothing else
        List<Path> archives = archives("command-");
        assertThat(archives).hasSize(1);
        assertThat(archives("")).hasSize(1); // no partial file left beside it

        FileTime recorded = Files.getLastModifiedTime(archives.get(0));
        CommandResult second = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(archives.get(0))).isEqualTo(recorded);

        // A jar newer than the archive (an upgraded distribution): the next command records it again.
        Path launcher = home.resolve("lib").resolve("org.atelier.launcher.jar");
        Files.setLastModifiedTime(launcher, FileTime.from(Instant.now().plusSeconds(5)));
        CommandResult third = AtelierCli.run(home, workspace, Map.of(), "list", "--json");
        assertThat(third.exitCode()).isZero();
        assertThat(third.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(archives.get(0))).isGreaterThan(recorded);
    }

    @Test
    void aPartialArchiveOfAKilledRunIsRemovedByTheNextRecording() throws Exception {
        Path cds = Files.createDirectories(home.resolve("var").resolve("cds"));
        Path partial = cds.resolve("command-1.jsa." + Long.MAX_VALUE + ".tmp");
        Files.write(partial, new byte[1024]);
        CommandResult result = AtelierCli.run(home, workspace, Map.of(), "list");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(partial).doesNotExist();
        assertThat(archives("command-")).hasSize(1);
    }

    @Test
    void aFailedCommandRecordsNothing() throws Exception {
        CommandResult result = AtelierCli.run(home, workspace, Map.of(), "import",
                temp.resolve("missing.txt").toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(archives("command-")).isEmpty();
    }

    @Test
    void theWorkbenchRecordsItsOwnArchiveAfterItIsReady() throws Exception {
        try (AtelierCli.RunningWorkbench workbench = AtelierCli.startWorkbench(home, workspace)) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (archives("workbench-").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(archives("workbench-")).hasSize(1);
            assertThat(workbench.process().isAlive()).isTrue();
        }
        try (AtelierCli.RunningWorkbench again = AtelierCli.startWorkbench(home, workspace)) {
            assertThat(again.readyLine()).contains(" ready at http://127.0.0.1:");
        }
    }

    private List<Path> archives(String prefix) throws IOException {
        Path dir = home.resolve("var").resolve("cds");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
