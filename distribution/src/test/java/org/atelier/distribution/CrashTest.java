package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** A workbench killed with {@code kill -9} in the middle of an import: nothing acknowledged is lost. */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLosesNothingAcknowledgedAndLeavesAStoreThatWorks() throws Exception {
        Path home = Distribution.home();
        Path workspace = dir.resolve("workspace");
        Path acknowledged = articles(dir.resolve("first"), "premier", 20);
        Path interrupted = articles(dir.resolve("second"), "second", 400);

        Set<String> acknowledgedIds = new HashSet<>();
        try (var workbench = AtelierCli.startWorkbench(home, workspace)) {
            CommandResult first = AtelierCli.run(home, workspace, Map.of(), "import", "--json", acknowledged.toString());
            assertThat(first.exitCode()).as(first.toString()).isZero();
            first.json().get("imported").forEach(d -> acknowledgedIds.add(d.get("id").asText()));
            assertThat(acknowledgedIds).hasSize(20);

            long before = storedBytes(workspace);
            Process importing = AtelierCli.builder(home, workspace, Map.of(), "import", interrupted.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Await.until(java.time.Duration.ofSeconds(60), "the second import is under way",
                    () -> storedBytes(workspace) > before + 20 * 1024);
            workbench.process().destroyForcibly(); // SIGKILL
            workbench.process().waitFor(30, TimeUnit.SECONDS);
            importing.waitFor(30, TimeUnit.SECONDS);
        }

        try (FelixRuntime runtime = FelixRuntime.start(workspace)) {
            CommandResult list = runtime.run("list", "--json");
            assertThat(list.exitCode()).as(list.toString()).isZero();
            Set<String> listed = new HashSet<>();
            for (JsonNode document : list.json()) {
                listed.add(document.get("id").asText());
            }
            assertThat(listed).containsAll(acknowledgedIds);
            for (String id : listed) {
                CommandResult shown = runtime.run("show", "--json", id);
                assertThat(shown.exitCode()).as(shown.toString()).isZero();
                assertThat(shown.json().get("text").asText()).contains("puces");
            }
        }

        CommandResult again = AtelierCli.run(home, workspace, Map.of(), "import", "--json", interrupted.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.json().get("imported").size() + again.json().get("unchanged").size()).isEqualTo(400);
    }

    /** What the document store's database and its write-ahead log hold: it grows as groups are committed. */
    private static long storedBytes(Path workspace) {
        try (var files = Files.walk(workspace.resolve("corpus"))) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (Exception e) {
            return 0;
        }
    }

    private static Path articles(Path folder, String word, int count) throws Exception {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(word + "-" + i + ".txt"),
                    "Article " + word + " numéro " + i + "\n\nLes puces de l'entreprise seraient livrées en "
                            + (2000 + i) + ", selon des sources proches du dossier. " + "Texte de remplissage. ".repeat(40));
        }
        return folder;
    }
}
