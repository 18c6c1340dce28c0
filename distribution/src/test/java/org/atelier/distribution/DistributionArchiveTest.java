package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive an analyst downloads: {@code atelier-VERSION.tar.gz} unpacks to a folder that runs as is, with
 * nothing of the runs of the folder it was built from (workspace, class data archives).
 */
class DistributionArchiveTest {
    @TempDir
    Path temp;

    @Test
    void theTarballUnpacksToADistributionThatRuns() throws Exception {
        Path tarball;
        try (Stream<Path> files = Files.list(Distribution.home().getParent())) {
            tarball = files.filter(f -> f.getFileName().toString().matches("atelier-.*\\.tar\\.gz"))
                    .findFirst().orElseThrow(() -> new AssertionError("no atelier-*.tar.gz beside the folder"));
        }
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", temp.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(output).isZero();

        List<Path> top;
        try (Stream<Path> files = Files.list(temp)) {
            top = files.toList();
        }
        assertThat(top).hasSize(1);
        Path home = top.get(0);
        assertThat(Files.isExecutable(home.resolve("bin/atelier"))).isTrue();
        assertThat(home.resolve("conf/framework.properties")).exists();
        assertThat(home.resolve("var")).doesNotExist();
        assertThat(home.resolve("workspace")).doesNotExist(); // made by the first start

        CommandResult list = AtelierCli.run(home, home.resolve("workspace"), Map.of(), "list", "--json");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.json()).hasSize(5);
    }
}
