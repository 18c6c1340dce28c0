package org.atelier.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.atelier.api.web.CommandContribution;
import org.atelier.api.web.ViewContribution;
import org.atelier.workbench.commands.AboutCommand;
import org.atelier.workbench.commands.AnnotateCommand;
import org.atelier.workbench.commands.ExportReportCommand;
import org.atelier.workbench.commands.FocusSearchCommand;
import org.atelier.workbench.commands.ImportFilesCommand;
import org.atelier.workbench.commands.ResetLayoutCommand;
import org.atelier.workbench.commands.ShortcutsCommand;
import org.atelier.workbench.commands.ToggleThemeCommand;
import org.atelier.workbench.views.ClaimsView;
import org.atelier.workbench.views.CorpusView;
import org.atelier.workbench.views.DocumentView;
import org.atelier.workbench.views.PluginsView;
import org.atelier.workbench.views.ReportView;
import org.atelier.workbench.views.SearchView;
import org.junit.jupiter.api.Test;

/** The built-in views and commands name modules this bundle serves, each with the default export the window calls. */
class BuiltInContributionsTest {
    private static final List<ViewContribution> VIEWS = List.of(new CorpusView(), new SearchView(), new DocumentView(),
            new ClaimsView(), new ReportView(), new PluginsView());
    private static final List<CommandContribution> COMMANDS = List.of(new ImportFilesCommand(),
            new ExportReportCommand(), new AnnotateCommand(), new FocusSearchCommand(), new ToggleThemeCommand(),
            new ResetLayoutCommand(), new ShortcutsCommand(), new AboutCommand());

    @Test
    void viewsHaveUniqueIdsAndTheirModulesExportMount() throws IOException {
        assertThat(VIEWS).extracting(ViewContribution::id).doesNotHaveDuplicates()
                .contains("corpus", "search", "document", "claims", "report", "plugins");
        for (ViewContribution view : VIEWS) {
            assertThat(module(view.module())).as(view.module()).contains("export default function mount(element, workbench)");
        }
    }

    @Test
    void commandsHaveUniqueIdsAndKeysAndTheirModulesExportRun() throws IOException {
        assertThat(COMMANDS).extracting(CommandContribution::id).doesNotHaveDuplicates();
        assertThat(COMMANDS).extracting(CommandContribution::keys).filteredOn(k -> k != null).doesNotHaveDuplicates();
        for (CommandContribution command : COMMANDS) {
            assertThat(module(command.module())).as(command.module()).containsPattern("export default (async )?function run\\(workbench\\)");
        }
    }

    @Test
    void thePageLoadsItsScriptsFromTheWorkbenchPath() throws IOException {
        String page = resource("/static/index.html");
        assertThat(page).contains("src=\"/workbench/workbench.js\"").contains("href=\"/workbench/workbench.css\"")
                .doesNotContain("<script>"); // the page's Content Security Policy allows no inline script
    }

    /** A module path ({@code /workbench/views/corpus.js}) as this bundle serves it ({@code /static/views/corpus.js}). */
    private static String module(String path) throws IOException {
        assertThat(path).startsWith("/workbench/");
        return resource("/static/" + path.substring("/workbench/".length()));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BuiltInContributionsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
