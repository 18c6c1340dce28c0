package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Component configuration in conf/, applied to a running workbench without a restart. */
class ConfTest {
    @TempDir
    Path dir;

    @Test
    void aConfigurationFileChangedWhileRunningIsAppliedAndItsRemovalRestoresTheDefaults() throws Exception {
        Path home = Distribution.copyTo(dir.resolve("atelier"));
        Path workspace = dir.resolve("workspace");
        Path article = Files.writeString(dir.resolve("article.txt"),
                "Les puces de Nvidia\n\nLe groupe chinois envisagerait d'acheter des puces pour ses centres de "
                        + "données, selon des sources proches du dossier.\n");
        Path settings = home.resolve("conf/org.atelier.corpus.import.cfg");
        try (var workbench = AtelierCli.startWorkbench(home, workspace)) {
            Files.writeString(settings, "maxFileBytes=64\n");
            Await.until(Duration.ofSeconds(20), "the import limit is applied",
                    () -> importOf(home, workspace, article).exitCode() == 1);
            CommandResult refused = importOf(home, workspace, article);
            assertThat(refused.json().get("failed").get(0).get("source").asText()).endsWith("article.txt");

            Files.delete(settings);
            Await.until(Duration.ofSeconds(20), "the default limit is back",
                    () -> importOf(home, workspace, article).exitCode() == 0);
        }
    }

    private static CommandResult importOf(Path home, Path workspace, Path file) {
        try {
            return AtelierCli.run(home, workspace, Map.of(), "import", "--json", file.toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
