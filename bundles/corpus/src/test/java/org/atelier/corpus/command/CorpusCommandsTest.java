package org.atelier.corpus.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.atelier.api.command.AtelierCommands;
import org.atelier.api.command.CommandException;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.corpus.Fixtures;
import org.atelier.corpus.NoLog;
import org.atelier.corpus.ScriptedReader;
import org.atelier.corpus.TestWorkspace;
import org.atelier.corpus.importer.FileImporter;
import org.atelier.corpus.importer.ImportSettings;
import org.atelier.corpus.readers.HtmlReader;
import org.atelier.corpus.readers.JsonReader;
import org.atelier.corpus.readers.PlainTextReader;
import org.atelier.corpus.store.WorkspaceDocumentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The commands as Gogo calls them, with the session {@code bin/atelier} gives them. */
class CorpusCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspaceRoot;
    @TempDir
    Path userDir;
    WorkspaceDocumentStore store;
    CorpusCommands commands;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream systemOut;
    PrintStream systemErr;
    final Map<String, Object> variables = new HashMap<>();

    @BeforeEach
    void open() throws IOException {
        store = new WorkspaceDocumentStore(new TestWorkspace(workspaceRoot), NoLog.logger());
        FileImporter importer = new FileImporter(store, NoLog.logger(), defaults());
        importer.addReader(new PlainTextReader(), Map.of(DocumentReader.EXTENSIONS, "txt"));
        importer.addReader(new HtmlReader(), Map.of(DocumentReader.EXTENSIONS, new String[] {"html", "htm"}));
        importer.addReader(new JsonReader(), Map.of(DocumentReader.EXTENSIONS, new String[] {"json", "jsonl"}));
        commands = new CorpusCommands(importer, store);
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private static ImportSettings defaults() {
        return new ImportSettings() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return ImportSettings.class;
            }

            @Override
            public long maxFileBytes() {
                return 50L * 1024 * 1024;
            }

            @Override
            public long maxArchiveBytes() {
                return 1024L * 1024 * 1024;
            }

            @Override
            public int maxArchiveEntries() {
                return 100_000;
            }
        };
    }

    /** The session {@code bin/atelier} runs a command in: its current folder and the terminal flag. */
    private CommandSession session() {
        return (CommandSession) Proxy.newProxyInstance(CommandSession.class.getClassLoader(),
                new Class<?>[] {CommandSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "currentDir" -> args == null ? userDir : null;
                    case "get" -> variables.get((String) args[0]);
                    default -> null;
                });
    }

    private void list(boolean json) throws Exception {
        commands.list(json, 0, "", "imported", false, "", "");
    }

    @Test
    void listPagesWithACursorAndSortsAndFilters() throws Exception {
        importFixtures("html-with-meta-tags.htm", "english-article.txt");

        commands.list(false, 1, "", "date", false, "", "");
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("2025-02-28");
        assertThat(lines.get(2)).startsWith("1 of 2 documents; the next page: --after ");
        String cursor = lines.get(2).substring(lines.get(2).indexOf("--after ") + 8);

        out.reset();
        commands.list(true, 1, cursor, "date", false, "", "");
        JsonNode page = json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("documents")).hasSize(1);
        assertThat(page.get("documents").get(0).get("language").asText()).isEqualTo("en");
        assertThat(page.get("next").isNull()).isTrue();

        out.reset();
        commands.list(false, 0, "", "imported", false, "", "en");
        assertThat(out().lines().toList()).hasSize(3).last().isEqualTo("1 document");

        assertThatThrownBy(() -> commands.list(false, 0, "", "size", false, "", ""))
                .isInstanceOf(CommandException.class).hasMessageContaining("imported, date or title");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws IOException {
        return JSON.readTree(out());
    }

    private void importFixtures(String... names) throws IOException {
        for (String name : names) {
            Fixtures.copy(name, userDir.resolve("articles"));
        }
        commands._import(session(), false, "articles");
        out.reset();
    }

    @Test
    void importPrintsEachProblemThenTheCounts() throws Exception {
        Path folder = userDir.resolve("articles");
        Fixtures.copy("utf8-french.txt", folder);
        Fixtures.copy("empty.txt", folder);
        Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> commands._import(session(), false, "articles", "absent.txt"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("1 file failed to import");
                });
        assertThat(out()).isEqualTo("""
                skipped: articles/empty.txt: empty file
                failed: absent.txt: no such file or folder
                Imported 1, unchanged 0, skipped 2, failed 1
                """);
    }

    @Test
    void importFailuresMakeTheCommandFailAfterPrinting() throws Exception {
        Fixtures.copy("binary-with-nul-bytes.txt", userDir);
        Fixtures.copy("articles-one-bad-line.jsonl", userDir);

        assertThatThrownBy(() -> commands._import(session(), false, "binary-with-nul-bytes.txt",
                "articles-one-bad-line.jsonl"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("3 files failed to import");
                });
        assertThat(out()).contains("failed: binary-with-nul-bytes.txt: binary content, not text",
                "failed: articles-one-bad-line.jsonl#3: invalid JSON: ",
                "failed: articles-one-bad-line.jsonl#6: no text field (text, body or content)")
                .endsWith("Imported 3, unchanged 0, skipped 0, failed 3\n");
    }

    @Test
    void importAsJsonHasTheDocumentedShape() throws Exception {
        Path folder = userDir.resolve("articles");
        Fixtures.copy("html-with-meta-tags.htm", folder);
        Fixtures.copy("utf8-french.txt", folder);
        Fixtures.copy("cp1252-french.txt", folder);
        Fixtures.copy("empty.txt", folder);
        Fixtures.copy("invalid.json", folder);

        assertThatThrownBy(() -> commands._import(session(), true, "articles"))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(1));

        JsonNode result = json();
        assertThat(result.fieldNames()).toIterable()
                .containsExactly("imported", "unchanged", "duplicates", "skipped", "failed", "counts");
        assertThat(result.get("imported")).hasSize(2);
        JsonNode first = result.get("imported").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "title", "path");
        assertThat(first.get("path").asText()).isEqualTo("cp1252-french.txt");
        assertThat(first.get("id").asText()).hasSize(16);
        assertThat(result.get("unchanged")).isEmpty();
        JsonNode duplicate = result.get("duplicates").get(0);
        assertThat(duplicate.fieldNames()).toIterable().containsExactly("source", "id", "title", "path");
        assertThat(duplicate.get("source").asText()).isEqualTo("articles/utf8-french.txt");
        assertThat(duplicate.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(duplicate.get("path").asText()).isEqualTo("cp1252-french.txt");
        assertThat(result.get("skipped").get(0).toString())
                .isEqualTo("{\"source\":\"articles/empty.txt\",\"reason\":\"empty file\"}");
        assertThat(result.get("failed").get(0).get("source").asText()).isEqualTo("articles/invalid.json");
        assertThat(result.get("counts").toString())
                .isEqualTo("{\"imported\":2,\"unchanged\":0,\"duplicates\":1,\"skipped\":1,\"failed\":1}");
    }

    @Test
    void importNamesDuplicatesAndShowNamesParentAttachmentsFurtherPathsPagesAndMetadata() throws Exception {
        ScriptedReader mails = new ScriptedReader(List.of(
                new ParsedDocument(null, "Offre de rachat", "Bonjour, voici l’offre.", null, "2025-03-04", "fr", null,
                        null, Map.of("from", List.of("Anne <anne@example.org>"),
                                "to", List.of("a@example.org", "b@example.org"), "subject", List.of("L’offre")),
                        List.of()),
                new ParsedDocument("offre.pdf", "Offre", "Page un.\nPage deux.\nPage trois.", null, null, "fr", null, "",
                        Map.of("type", List.of("application/pdf"), "author", List.of("Direction")),
                        List.of(0, 9, 20))));
        FileImporter importer = new FileImporter(store, NoLog.logger(), defaults());
        importer.addReader(new PlainTextReader(), Map.of(DocumentReader.EXTENSIONS, "txt"));
        importer.addReader(mails, Map.of(DocumentReader.EXTENSIONS, "eml"));
        commands = new CorpusCommands(importer, store);
        Files.writeString(userDir.resolve("tip.eml"), "From: anne@example.org");
        Files.writeString(userDir.resolve("copie.txt"), "Page un.\nPage deux.\nPage trois.");

        commands._import(session(), false, "tip.eml", "copie.txt");

        List<DocumentInfo> documents = store.list();
        DocumentInfo mail = documents.get(0);
        DocumentInfo pdf = documents.get(1);
        assertThat(out()).isEqualTo("copie.txt: duplicate of " + pdf.id().substring(0, 8) + "\n"
                + "Imported 2, unchanged 0, duplicates 1, skipped 0, failed 0\n");

        out.reset();
        commands.show(false, pdf.id());
        assertThat(out()).contains("Path:       tip.eml!/offre.pdf\n"
                + "Also at:    copie.txt\n"
                + "In:         " + mail.id() + " Offre de rachat\n")
                .contains("Pages:      3\n"
                + "Author:     Direction\n"
                + "Type:       application/pdf\n");

        out.reset();
        commands.show(false, mail.id());
        assertThat(out()).contains("From:       Anne <anne@example.org>\n"
                + "To:         a@example.org, b@example.org\n"
                + "Subject:    L’offre\n")
                .contains("Attachments: 1\n  " + pdf.id().substring(0, 8) + "  tip.eml!/offre.pdf\n")
                .doesNotContain("In:", "Pages:");

        out.reset();
        commands.show(true, pdf.id());
        JsonNode shown = json();
        assertThat(shown.get("parent").asText()).isEqualTo(mail.id());
        assertThat(shown.get("parentTitle").asText()).isEqualTo("Offre de rachat");
        assertThat(shown.get("duplicates").toString()).isEqualTo("[\"copie.txt\"]");
        assertThat(shown.get("pages").asInt()).isEqualTo(3);
        assertThat(shown.get("pageStarts").toString()).isEqualTo("[0,9,20]");
        assertThat(shown.get("metadata").toString())
                .isEqualTo("{\"author\":[\"Direction\"],\"type\":[\"application/pdf\"]}");

        out.reset();
        commands.show(true, mail.id());
        shown = json();
        assertThat(shown.get("parent").isNull()).isTrue();
        assertThat(shown.get("childCount").asInt()).isEqualTo(1);
        assertThat(shown.get("children").get(0).toString()).isEqualTo("{\"id\":\"" + pdf.id()
                + "\",\"title\":\"Offre\",\"path\":\"tip.eml!/offre.pdf\"}");

        out.reset();
        list(true);
        assertThat(json().get(1).get("parent").asText()).isEqualTo(mail.id());
    }

    @Test
    void importWithoutPathsIsAUsageError() {
        assertThatThrownBy(() -> commands._import(session(), false))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
        assertThat(out()).isEmpty();
    }

    @Test
    void onATerminalImportDrawsProgressOnStderrAndElsewhereNothing() throws Exception {
        Fixtures.copy("utf8-french.txt", userDir);
        commands._import(session(), false, "utf8-french.txt");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

        variables.put(AtelierCommands.TERMINAL_VARIABLE, Boolean.TRUE);
        Fixtures.copy("english-article.txt", userDir);
        commands._import(session(), false, "english-article.txt");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("\rImporting 0/1 files\rImporting 1/1 files")
                .endsWith("\r");
        assertThat(out()).doesNotContain("\r");
    }

    @Test
    void listShowsATableOrJson() throws Exception {
        importFixtures("html-with-meta-tags.htm", "english-article.txt");

        list(false);
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("ID +DATE +OUTLET +LANG +TITLE");
        assertThat(lines.get(1)).matches("[0-9a-f]{8}  \\d{4}-\\d{2}-\\d{2}  -  +en  +The committee published its report on Tuesday\\..*…");
        assertThat(lines.get(2)).matches(
                "[0-9a-f]{8}  2025-02-28  Le Quotidien +fr  +Inflation : les prix reculent en février");
        assertThat(lines.get(3)).isEqualTo("2 documents");

        out.reset();
        list(true);
        JsonNode list = json();
        assertThat(list).hasSize(2);
        assertThat(list.get(1).fieldNames()).toIterable()
                .containsExactly("id", "title", "path", "language", "bytes", "outlet", "date", "imported", "parent",
                        "pages", "duplicates", "metadata");
        assertThat(list.get(1).get("outlet").asText()).isEqualTo("Le Quotidien");
        assertThat(list.get(0).get("outlet").isNull()).isTrue();
        assertThat(list.get(1).get("bytes").isIntegralNumber()).isTrue();
    }

    @Test
    void anEmptyCorpusSaysHowToFillIt() throws Exception {
        list(false);
        assertThat(out()).isEqualTo("No documents; add some with: atelier import PATH...\n");
        out.reset();
        list(true);
        assertThat(out().strip()).isEqualTo("[ ]");
    }

    @Test
    void showFindsADocumentByAPrefixOfItsId() throws Exception {
        importFixtures("html-with-meta-tags.htm");
        DocumentInfo document = store.list().get(0);

        commands.show(false, document.id().substring(0, 6));
        assertThat(out()).startsWith("Id:         " + document.id() + "\n"
                + "Title:      Inflation : les prix reculent en février\n")
                .contains("Outlet:     Le Quotidien\n", "Date:       2025-02-28\n",
                        "URL:        https://www.example.org/economie/inflation-fevrier\n")
                .endsWith("\n\nLes prix à la consommation ont reculé de 0,2 % en février, selon l’Insee. "
                        + "C’est la première baisse depuis un an.\n");

        out.reset();
        commands.show(true, document.id());
        JsonNode shown = json();
        assertThat(shown.fieldNames()).toIterable()
                .containsExactly("id", "title", "path", "language", "bytes", "outlet", "date", "imported", "parent",
                        "pages", "duplicates", "metadata", "parentTitle", "childCount", "children", "pageStarts",
                        "text");
        assertThat(shown.get("text").asText()).startsWith("Les prix à la consommation");
    }

    @Test
    void anUnknownOrAmbiguousIdIsAUsageError() throws Exception {
        for (int i = 0; i < 20; i++) {
            Files.writeString(userDir.resolve("note" + i + ".txt"), "Note numéro " + i);
        }
        commands._import(session(), false, ".");
        assertThatThrownBy(() -> commands.show(false, "zzzz"))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("no document with id 'zzzz' (see atelier list)");
                });
        String ambiguous = ambiguousPrefix(store.list());
        assertThatThrownBy(() -> commands.show(false, ambiguous))
                .isInstanceOfSatisfying(CommandException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("id prefix '" + ambiguous + "' names ");
                });
    }

    private static String ambiguousPrefix(List<DocumentInfo> documents) {
        Map<Character, Integer> counts = new HashMap<>();
        documents.forEach(d -> counts.merge(d.id().charAt(0), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).findFirst().orElseThrow().getKey()
                .toString();
    }

    @Test
    void removeRemovesAndSaysWhat() throws Exception {
        importFixtures("html-with-meta-tags.htm", "english-article.txt");
        DocumentInfo document = store.list().get(1);

        commands.remove(document.id().substring(0, 8));

        assertThat(out()).isEqualTo("Removed " + document.id() + ": " + document.title() + "\n");
        assertThat(store.list()).extracting(DocumentInfo::id).doesNotContain(document.id());
        assertThatThrownBy(() -> commands.remove(document.id()))
                .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }

    @Test
    void problemsNameSourcesAsTheArgumentsWereTyped() {
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("/home/ana/articles", "articles/");
        typed.put("/home/ana/articles/feed.jsonl", "articles/feed.jsonl");
        typed.put("/data/in.zip", "/data/in.zip");
        assertThat(CorpusCommands.shown("/home/ana/articles/2025/a.txt", typed)).isEqualTo("articles/2025/a.txt");
        assertThat(CorpusCommands.shown("/home/ana/articles/feed.jsonl#3", typed)).isEqualTo("articles/feed.jsonl#3");
        assertThat(CorpusCommands.shown("/data/in.zip!/b.txt", typed)).isEqualTo("/data/in.zip!/b.txt");
        assertThat(CorpusCommands.shown("/home/ana/articles-old/a.txt", typed)).isEqualTo("/home/ana/articles-old/a.txt");
    }

    @Test
    void tablesWidenIdsThatBeginAlike() {
        assertThat(CorpusCommands.shortIdLength(List.of("0123456789abcdef", "0123456799abcdef"))).isEqualTo(9);
        assertThat(CorpusCommands.shortIdLength(List.of("0123456789abcdef", "f123456789abcdef"))).isEqualTo(8);
    }
}
