package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The assembled distribution, started in a Felix framework by the launcher's code as a workbench (its web
 * server too): everything runs.
 */
class RuntimeTest {
    @TempDir
    static Path workspace;
    static FelixRuntime runtime;

    @BeforeAll
    static void start() throws Exception {
        runtime = FelixRuntime.startWorkbench(workspace);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    /** The bundles conf/framework.properties starts only for a console. */
    private static Set<String> consoleBundles() throws IOException {
        Properties conf = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Distribution.home().resolve("conf").resolve("framework.properties"))) {
            conf.load(reader);
        }
        assertThat(conf.getProperty("atelier.console.bundles")).contains("org.apache.felix.gogo.jline");
        return Set.of(conf.getProperty("atelier.console.bundles").split("\\s*,\\s*"));
    }

    @Test
    void everyBundleOfTheDistributionIsActiveOrAConsoleBundle() throws IOException {
        Set<String> consoleOnly = consoleBundles();
        for (Bundle bundle : runtime.bundles()) {
            if (consoleOnly.contains(bundle.getSymbolicName())) {
                continue; // the console, its keys and its Felix commands start only with a terminal
            }
            assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
        }
        assertThat(runtime.bundles()).extracting(Bundle::getSymbolicName)
                .contains("org.apache.felix.scr", "org.apache.felix.configadmin", "org.apache.felix.fileinstall",
                        "org.apache.felix.gogo.runtime", "org.apache.felix.gogo.command", "org.apache.felix.gogo.jline",
                        "org.apache.felix.log", "org.atelier.api", "org.atelier.workspace", "org.atelier.shell",
                        "org.atelier.console",
                        "org.apache.felix.http.jetty12", "org.atelier.web", "org.atelier.workbench");
    }

    @Test
    void theWorkbenchAnnouncesItsLoopbackAddress() throws Exception {
        assertThat(runtime.addresses()).singleElement().asString().matches("http://127\\.0\\.0\\.1:[0-9]+/");
    }

    @Test
    void everyComponentIsSatisfiedAndStatusReportsNoProblem() {
        CommandResult status = runtime.run("status", "--json");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        JsonNode report = status.json();
        assertThat(report.get("workspace").asText()).isEqualTo(workspace.toString());
        assertThat(report.get("components").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode component : report.get("components")) {
            assertThat(component.get("satisfied").asBoolean()).as(component.toString()).isTrue();
        }
        assertThat(report.get("problems")).as(report.get("problems").toString()).isEmpty();
    }

    @Test
    void ourApiPackagesAreExportedWithTheirVersion() {
        Bundle api = runtime.bundles().stream().filter(b -> b.getSymbolicName().equals("org.atelier.api"))
                .findFirst().orElseThrow();
        assertThat(api.getHeaders().get("Export-Package"))
                .contains("org.atelier.api.corpus;version=\"1.2.0\"")
                .contains("org.atelier.api.search;version=\"1.2.0\"")
                .contains("org.atelier.api.report;version=\"1.1.0\"")
                .contains("org.atelier.api.workspace;version=\"1.0.0\"");
    }

    @Test
    void theWorkspaceServiceIsTheOneOpened() throws Exception {
        Object service = runtime.service("org.atelier.api.workspace.Workspace");
        assertThat(FelixRuntime.invoke(service, "root")).isEqualTo(workspace);
    }
}
