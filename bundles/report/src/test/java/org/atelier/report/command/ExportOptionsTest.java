package org.atelier.report.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.atelier.api.claims.ClaimStatus;
import org.atelier.api.command.CommandException;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

    @Test
    void optionsAsTypedInEveryForm() {
        ExportOptions o = ExportOptions.parse(List.of("--format", "MD", "--query=puces nvidia", "--status",
                "verified,refuted", "--status", "disputed", "--doc", "8ee7", "-o", "out/report.md"));
        assertThat(o.format()).isEqualTo("md");
        assertThat(o.query()).isEqualTo("puces nvidia");
        assertThat(o.statuses()).containsExactly(ClaimStatus.VERIFIED, ClaimStatus.REFUTED, ClaimStatus.DISPUTED);
        assertThat(o.doc()).isEqualTo("8ee7");
        assertThat(o.output()).isEqualTo("out/report.md");
        assertThat(o.list()).isFalse();

        assertThat(ExportOptions.parse(List.of("--format=csv", "-oreport.csv")).output()).isEqualTo("report.csv");
        assertThat(ExportOptions.parse(List.of("--output=r.html", "--format", "html")).output()).isEqualTo("r.html");
        assertThat(ExportOptions.parse(List.of("--list")).list()).isTrue();
    }

    @Test
    void wrongUsageIsOneLineAndExitTwo() {
        assertUsage(List.of("--format"), "export: --format needs a value");
        assertUsage(List.of("--colour", "red"), "export: unknown option --colour (see atelier export --help)");
        assertUsage(List.of("report.md"), "export: unexpected 'report.md' (see atelier export --help)");
        assertUsage(List.of("--status", "faux"), "export: unknown status 'faux' (one of "
                + ClaimStatus.labels() + ")");
        assertUsage(List.of("--format", "md", "-o", ""), "export: -o needs a file name");
    }

    private static void assertUsage(List<String> words, String message) {
        assertThatThrownBy(() -> ExportOptions.parse(words))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(CommandException.USAGE);
                    assertThat(e.getMessage()).isEqualTo(message).doesNotContain("\n");
                });
    }
}
