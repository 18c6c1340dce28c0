package org.atelier.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.atelier.api.command.CommandException;
import org.atelier.api.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search command over the four articles, its output captured as the shell would. */
class SearchCommandsTest {
    @TempDir
    Path folder;

    private SearchIndex index;
    private SearchCommands commands;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream systemOut;

    @BeforeEach
    void open() throws IOException {
        MemoryStore store = Articles.into(new MemoryStore());
        index = SearchIndex.open(folder, store, SearchIndex.Settings.DEFAULT.withSearchWaitMs(Long.MAX_VALUE),
                (message, cause) -> {});
        store.listen(index);
        SearchService service = new SearchService() {
            @Override
            public org.atelier.api.search.SearchResult search(org.atelier.api.search.SearchRequest request)
                    throws org.atelier.api.search.QuerySyntaxException, IOException {
                return index.search(request);
            }

            @Override
            public java.util.List<org.atelier.api.search.Snippet.Span> matches(String query, String docId)
                    throws org.atelier.api.search.QuerySyntaxException, IOException {
                return index.matches(query, docId);
            }

            @Override
            public int reindex(org.atelier.api.progress.ProgressMonitor monitor) throws IOException {
                return index.reindex(monitor);
            }
        };
        commands = new SearchCommands(service, store);
        systemOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() throws IOException {
        System.setOut(systemOut);
        index.close();
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheHitsWithTheirMatchesMarked() throws IOException {
        commands.search(false, false, 10, 0, false, "Ascend", "910B");
        assertThat(output()).startsWith("1 document matches, 1 to 1:")
                .contains("1. Huawei et ByteDance")
                .contains("huawei.txt")
                .contains("[Ascend] [910B]");
    }

    @Test
    void printsJsonWithOffsetsAndFacets() throws IOException {
        commands.search(true, false, 1, 0, true, "puce");
        assertThat(output()).contains("\"query\" : \"puce\"", "\"total\" : 3", "\"matches\" : [ [ ",
                "\"Le Monde\" : 2", "\"fr\" : 3", "\"next\" : \"");
    }

    @Test
    void writesEveryHitAsCsvWhateverTheLimit() throws IOException {
        commands.search(false, true, 1, 0, false, "puce", "OR", "weather");
        String[] rows = output().split("\r\n");
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).isEqualTo("rank,id,score,title,path,source,date,lang,snippet");
        assertThat(List.of(rows).subList(1, 5)).allMatch(row -> row.matches("(?s)[1-4],\\w+,[0-9.]+,.*"));
        assertThat(output()).contains(",Le Monde,2024-03-01,fr,\"Les États-Unis ont renforcé");
    }

    @Test
    void malformedQueryIsAUsageErrorWithItsColumn() {
        assertThatThrownBy(() -> commands.search(false, false, 10, 0, false, "puce", "AND", "\"etats"))
                .isInstanceOf(CommandException.class)
                .hasMessage("search: column 10 of the query: the quote opened here is never closed")
                .extracting(e -> ((CommandException) e).exitCode()).isEqualTo(CommandException.USAGE);
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertUsage(() -> commands.search(false, false, 10, 0, false));
        assertUsage(() -> commands.search(true, true, 10, 0, false, "puce"));
        assertUsage(() -> commands.search(false, false, 0, 0, false, "puce"));
        assertUsage(() -> commands.search(false, false, 10, -1, false, "puce"));
    }

    private static void assertUsage(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(CommandException.class)
                .extracting(e -> ((CommandException) e).exitCode()).isEqualTo(CommandException.USAGE);
    }
}
