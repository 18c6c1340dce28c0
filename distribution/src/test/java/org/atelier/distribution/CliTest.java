package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The command-line contract of {@code bin/atelier}, run as a process. */
class CliTest {
    @TempDir
    Path workspace;

    @Test
    void versionNeedsNoRuntime() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Atelier ");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsOfEveryInstalledFeature() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "--help");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("usage: atelier", "status", "help", "stop");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void commandHelpShowsItsOptions() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "status", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("usage: atelier status [--json]");
    }

    @Test
    void statusAsJsonNamesBundlesComponentsAndTheWorkspace() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "status", "--json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode status = result.json();
        assertThat(status.get("workspace").asText()).isEqualTo(workspace.toRealPath().toString());
        assertThat(status.get("bundles").findValuesAsText("symbolicName")).contains("org.atelier.shell");
        assertThat(status.get("bundles").get(1).get("state").asText()).isEqualTo("ACTIVE");
        assertThat(status.get("components").get(0).has("state")).isTrue();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorOnOneLine() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("atelier: unknown command 'frobnicate' (see bin/atelier --help)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void wrongArgumentsAreAUsageErrorWithoutAStackTrace() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "status", "--jsno");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(result.err()).contains("usage: atelier status [--json]").doesNotContain("Exception");
    }

    @Test
    void anUnknownLauncherOptionIsAUsageError() throws Exception {
        CommandResult result = AtelierCli.run(workspace, "--frobnicate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("atelier: unknown option --frobnicate");
    }

    @Test
    void theHeapIsSetByTheLauncherAndAtelierHeapChangesIt() throws Exception {
        CommandResult set = AtelierCli.run(Distribution.home(), workspace, Map.of("ATELIER_HEAP", "300m",
                "ATELIER_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out() + set.err()).contains("-XX:MaxHeapSize=" + 300L * 1024 * 1024);

        CommandResult wrong = AtelierCli.run(Distribution.home(), workspace, Map.of("ATELIER_HEAP", "lots"),
                "--version");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err().strip()).isEqualTo("atelier: ATELIER_HEAP=lots is not a size such as 512m or 2g");
    }

    @Test
    void theWorkspaceOptionWinsOverTheEnvironment(@TempDir Path other) throws Exception {
        CommandResult result = AtelierCli.run(Distribution.home(), workspace, Map.of(),
                "--workspace", other.toString(), "status", "--json");
        assertThat(result.json().get("workspace").asText()).isEqualTo(other.toRealPath().toString());
    }

    @Test
    void withAWorkbenchRunningCommandsRunInsideItAndASecondWorkbenchIsRefused() throws Exception {
        try (var workbench = AtelierCli.startWorkbench(Distribution.home(), workspace)) {
            assertThat(workbench.readyLine()).contains("ready").contains(workspace.toString());
            String pid = Long.toString(workbench.process().pid());

            CommandResult status = AtelierCli.run(workspace, "status", "--json");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(Files.readString(workspace.resolve(".atelier/remote.properties"))).contains("pid=" + pid);

            CommandResult unknown = AtelierCli.run(workspace, "frobnicate");
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).contains("unknown command 'frobnicate'");

            CommandResult second = AtelierCli.run(workspace);
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.err().strip()).startsWith("atelier: workspace " + workspace)
                    .contains("already open in another workbench (process " + pid + ")");
        }
        assertThat(workspace.resolve(".atelier/remote.properties")).doesNotExist();
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        try (var workbench = AtelierCli.startWorkbench(Distribution.home(), workspace)) {
            Path endpoint = workspace.resolve(".atelier/remote.properties");
            String original = Files.readString(endpoint);
            Files.writeString(endpoint, original.replaceAll("secret=.*", "secret=00ff"));
            CommandResult result = AtelierCli.run(workspace, "status");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("refused");
            Files.writeString(endpoint, original);
        }
    }
}
