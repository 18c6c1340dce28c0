package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The drop-in folder of a running workbench, watched by FileInstall. */
class PluginsTest {
    @TempDir
    Path dir;

    @Test
    void aBundleDroppedIntoPluginsStartsAndLeavesWhenRemoved() throws Exception {
        Path home = Distribution.copyTo(dir.resolve("atelier"));
        Path workspace = dir.resolve("workspace");
        try (var workbench = AtelierCli.startWorkbench(home, workspace)) {
            Path plugin = TestBundles.write(home.resolve("plugins/hello.jar"), "org.example.hello", null);
            Await.until(Duration.ofSeconds(20), "the plugin is active",
                    () -> "ACTIVE".equals(bundleState(home, workspace, "org.example.hello")));

            Files.delete(plugin);
            Await.until(Duration.ofSeconds(20), "the plugin is uninstalled",
                    () -> bundleState(home, workspace, "org.example.hello") == null);
        }
    }

    @Test
    void aPluginThatDoesNotResolveIsReportedAndHarmsNothing() throws Exception {
        Path home = Distribution.copyTo(dir.resolve("atelier"));
        Path workspace = dir.resolve("workspace");
        try (var workbench = AtelierCli.startWorkbench(home, workspace)) {
            TestBundles.write(home.resolve("plugins/broken.jar"), "org.example.broken", "org.example.missing");
            Await.until(Duration.ofSeconds(20), "the plugin is installed",
                    () -> bundleState(home, workspace, "org.example.broken") != null);

            JsonNode status = status(home, workspace);
            assertThat(status.get("problems").toString())
                    .contains("org.example.broken is not resolved")
                    .contains("org.example.missing");
            for (JsonNode bundle : status.get("bundles")) {
                if (!bundle.get("symbolicName").asText().equals("org.example.broken")) {
                    assertThat(bundle.get("state").asText()).as(bundle.toString()).isIn("ACTIVE", "RESOLVED");
                }
            }
            for (JsonNode component : status.get("components")) {
                assertThat(component.get("satisfied").asBoolean()).as(component.toString()).isTrue();
            }
        }
    }

    private static JsonNode status(Path home, Path workspace) {
        try {
            CommandResult result = AtelierCli.run(home, workspace, Map.of(), "status", "--json");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            return result.json();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String bundleState(Path home, Path workspace, String symbolicName) {
        for (JsonNode bundle : status(home, workspace).get("bundles")) {
            if (bundle.get("symbolicName").asText().equals(symbolicName)) {
                return bundle.get("state").asText();
            }
        }
        return null;
    }
}
