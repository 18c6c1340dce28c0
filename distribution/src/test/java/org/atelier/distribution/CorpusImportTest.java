package org.atelier.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Corpus import in the assembled distribution: the services in Felix, and {@code bin/atelier import, list, show,
 * remove} as processes, on the shipped corpus and on every kind of bad input.
 */
class CorpusImportTest {
    /** The fixtures of {@code src/test/resources/corpus-import}, each named for what it proves. */
    private static final List<String> FIXTURES = List.of("archive-avec-plan-et-fichier-vide.zip",
            "binaire-avec-octets-nuls.txt", "flux-avec-une-ligne-cassee.jsonl", "francais-windows-1252.txt",
            "page-avec-script-et-style.html", "plan-sans-lecteur.dwg", "vide.txt");

    @TempDir
    Path dir;

    private static List<Path> shippedArticles() throws IOException {
        try (Stream<Path> files = Files.list(Distribution.home().resolve("corpus"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The fixtures, and what cannot be a resource: a link loop, an unreadable file, a file over 50 MiB. */
    private Path badInputs() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("entrees"));
        for (String name : FIXTURES) {
            try (InputStream in = CorpusImportTest.class.getResourceAsStream("/corpus-import/" + name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        Files.createSymbolicLink(folder.resolve("boucle"), folder);
        // Reading /proc/self/mem from its start fails with an I/O error, for root too.
        Files.createSymbolicLink(folder.resolve("illisible.txt"), Path.of("/proc/self/mem"));
        try (RandomAccessFile large = new RandomAccessFile(folder.resolve("trop-gros.txt").toFile(), "rw")) {
            large.setLength(51L * 1024 * 1024); // sparse: over the 50 MiB limit without writing it
        }
        return folder;
    }

    @Test
    void inFelixTheShippedCorpusIsSeededAndEachFormatIsAReaderService() throws Exception {
        Path workspace = dir.resolve("felix");
        try (FelixRuntime runtime = FelixRuntime.start(workspace)) {
            Object store = runtime.service("org.atelier.api.corpus.DocumentStore");
            List<?> seeded = (List<?>) FelixRuntime.invoke(store, "list");
            List<Path> shipped = shippedArticles();
            assertThat(seeded).hasSameSizeAs(shipped);
            for (int i = 0; i < shipped.size(); i++) {
                assertThat(FelixRuntime.invoke(seeded.get(i), "path")).isEqualTo(shipped.get(i).getFileName().toString());
                assertThat(FelixRuntime.invoke(seeded.get(i), "language")).isEqualTo("fr");
                assertThat(FelixRuntime.invoke(seeded.get(i), "bytes")).isEqualTo(Files.size(shipped.get(i)));
            }
            assertThat(workspace.resolve("corpus/documents.db")).exists();

            Set<String> extensions = new HashSet<>();
            ServiceReference<?>[] readers = runtime.context()
                    .getAllServiceReferences("org.atelier.api.corpus.DocumentReader", null);
            for (ServiceReference<?> reader : readers) {
                Object value = reader.getProperty("atelier.reader.extensions");
                extensions.addAll(value instanceof String[] several ? List.of(several) : List.of((String) value));
            }
            // The corpus bundle's own formats, and those of the documents feature (Tika).
            assertThat(extensions).contains("txt", "md", "html", "htm", "json", "jsonl")
                    .contains("pdf", "docx", "doc", "odt", "rtf", "xlsx", "pptx", "epub", "eml", "mbox", "png", "jpg")
                    .doesNotContain("dwg");

            Object importer = runtime.service("org.atelier.api.corpus.CorpusImporter");
            Object summary = FelixRuntime.invoke(importer, "importPaths", List.of(badInputs()), null);
            assertThat((List<?>) FelixRuntime.invoke(summary, "imported")).hasSize(9);
            assertThat((List<?>) FelixRuntime.invoke(summary, "unchanged")).isEmpty();
            assertThat((List<?>) FelixRuntime.invoke(summary, "skipped")).hasSize(5);
            assertThat((List<?>) FelixRuntime.invoke(summary, "failed")).hasSize(5);
            assertThat((List<?>) FelixRuntime.invoke(store, "list")).hasSize(shipped.size() + 9);
        }
    }

    @Test
    void theCommandLineSaysWhatItImportedSkippedAndFailedAndExitsWithOneOnFailure() throws Exception {
        Path workspace = dir.resolve("cli");
        Path folder = badInputs();

        CommandResult human = AtelierCli.run(workspace, "import", folder.toString(), dir.resolve("absent.txt").toString());
        assertThat(human.exitCode()).as(human.toString()).isEqualTo(1);
        String base = folder + "/";
        assertThat(human.out().replace(base, "").lines().toList()).containsExactly(
                "skipped: boucle: symbolic link loop: folder already visited",
                "skipped: archive-avec-plan-et-fichier-vide.zip!/vide.txt: empty file",
                "skipped: vide.txt: empty file",
                "failed: " + dir.resolve("absent.txt") + ": no such file or folder",
                "failed: binaire-avec-octets-nuls.txt: binary content, not text (NUL bytes; UTF-16 text needs a byte order mark)",
                "failed: flux-avec-une-ligne-cassee.jsonl#3: invalid JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                "failed: flux-avec-une-ligne-cassee.jsonl#6: no text field (text, body or content)",
                "failed: illisible.txt: cannot read: Input/output error",
                "failed: trop-gros.txt: larger than the limit of 50 MiB (maxFileBytes): 51 MiB",
                "Imported 9, unchanged 0, skipped 5, failed 6");
        assertThat(messages(human)).containsExactly("atelier: 6 files failed to import");

        CommandResult json = AtelierCli.run(workspace, "import", "--json", folder.toString());
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
        JsonNode result = json.json();
        assertThat(result.fieldNames()).toIterable()
                .containsExactly("imported", "unchanged", "duplicates", "skipped", "failed", "counts");
        assertThat(result.get("counts").toString())
                .isEqualTo("{\"imported\":0,\"unchanged\":9,\"duplicates\":0,\"skipped\":5,\"failed\":5}");
        JsonNode unchanged = result.get("unchanged").get(0);
        assertThat(unchanged.fieldNames()).toIterable().containsExactly("id", "title", "path");
        assertThat(result.get("unchanged")).extracting(n -> n.get("path").asText()).contains(
                "archive-avec-plan-et-fichier-vide.zip!/dossier/a.txt", "flux-avec-une-ligne-cassee.jsonl#4",
                "francais-windows-1252.txt", "page-avec-script-et-style.html");
        JsonNode skipped = result.get("skipped").get(0);
        assertThat(skipped.fieldNames()).toIterable().containsExactly("source", "reason");
        assertThat(result.get("skipped")).extracting(n -> n.get("source").asText())
                .contains(base + "plan-sans-lecteur.dwg", base + "archive-avec-plan-et-fichier-vide.zip!/plan.dwg");

        CommandResult none = AtelierCli.run(workspace, "import");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(messages(none)).singleElement().asString().startsWith("atelier: import: ");
        assertThat(none.out()).isEmpty();
    }

    @Test
    void theShippedCorpusIsListedShownAndRemovedByItsIds() throws Exception {
        Path workspace = dir.resolve("shipped");
        List<Path> shipped = shippedArticles();

        CommandResult again = AtelierCli.run(workspace, "import", Distribution.home().resolve("corpus").toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).isEqualTo("Imported 0, unchanged " + shipped.size() + ", skipped 0, failed 0\n");

        CommandResult list = AtelierCli.run(workspace, "list", "--json");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        JsonNode documents = list.json();
        assertThat(documents).hasSameSizeAs(shipped);
        Map<String, JsonNode> byPath = new HashMap<>();
        documents.forEach(d -> byPath.put(d.get("path").asText(), d));
        for (JsonNode document : documents) {
            assertThat(document.fieldNames()).toIterable()
                    .containsExactly("id", "title", "path", "language", "bytes", "outlet", "date", "imported",
                            "parent", "pages", "duplicates", "metadata");
            assertThat(document.get("id").asText()).matches("[0-9a-f]{16}");
            assertThat(document.get("language").asText()).isEqualTo("fr");
        }
        JsonNode credited = byPath.get("000_5015eb457969e82a.txt");
        assertThat(credited.get("outlet").asText()).isEqualTo("Techcrunch");
        assertThat(credited.get("bytes").asLong()).isEqualTo(Files.size(shipped.get(0)));

        CommandResult table = AtelierCli.run(workspace, "list");
        assertThat(table.out().lines().toList()).hasSize(shipped.size() + 2)
                .first().asString().matches("ID +DATE +OUTLET +LANG +TITLE");

        String id = credited.get("id").asText();
        CommandResult show = AtelierCli.run(workspace, "show", "--json", id.substring(0, 8));
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.json().get("id").asText()).isEqualTo(id);
        assertThat(Files.readString(shipped.get(0)).strip()).isEqualTo(show.json().get("text").asText());

        CommandResult unknown = AtelierCli.run(workspace, "show", "zzzzzzzz");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(messages(unknown)).containsExactly("atelier: no document with id 'zzzzzzzz' (see atelier list)");
        assertThat(unknown.out()).isEmpty();

        String ambiguous = ambiguousPrefix(documents);
        if (ambiguous != null) {
            CommandResult both = AtelierCli.run(workspace, "show", ambiguous);
            assertThat(both.exitCode()).isEqualTo(2);
            assertThat(messages(both)).singleElement().asString()
                    .startsWith("atelier: id prefix '" + ambiguous + "' names ");
        }

        CommandResult removed = AtelierCli.run(workspace, "remove", id.substring(0, 8));
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(removed.out()).isEqualTo("Removed " + id + ": " + credited.get("title").asText() + "\n");
        assertThat(AtelierCli.run(workspace, "list", "--json").json()).hasSize(shipped.size() - 1);
        assertThat(AtelierCli.run(workspace, "show", id).exitCode()).isEqualTo(2);
    }

    @Test
    void aChangedFileIsANewVersionAndTheEarlierOneStaysReadable() throws Exception {
        Path workspace = dir.resolve("versions");
        Path note = Files.writeString(dir.resolve("note.txt"), "Première version de la note de l’analyste.\n");
        String first = AtelierCli.run(workspace, "import", "--json", note.toString())
                .json().get("imported").get(0).get("id").asText();
        Files.writeString(note, "Seconde version de la note de l’analyste.\n");

        CommandResult changed = AtelierCli.run(workspace, "import", "--json", note.toString());
        assertThat(changed.exitCode()).as(changed.toString()).isZero();
        String second = changed.json().get("imported").get(0).get("id").asText();
        assertThat(second).isNotEqualTo(first);

        List<String> listed = new ArrayList<>();
        AtelierCli.run(workspace, "list", "--json").json().forEach(d -> {
            if (d.get("path").asText().equals("note.txt")) {
                listed.add(d.get("id").asText());
            }
        });
        assertThat(listed).containsExactly(second);
        CommandResult earlier = AtelierCli.run(workspace, "show", "--json", first);
        assertThat(earlier.exitCode()).as(earlier.toString()).isZero();
        assertThat(earlier.json().get("text").asText()).isEqualTo("Première version de la note de l’analyste.");
    }

    /**
     * The lines of stderr that are Atelier's: other bundles of the runtime may print warnings of their own there
     * (the JDK's logging of a library), which are not what these tests are about.
     */
    private static List<String> messages(CommandResult result) {
        return result.err().lines().filter(line -> line.startsWith("atelier:")).toList();
    }

    @AfterEach
    void removeTheLinkOutOfTheTemporaryFolder() throws IOException {
        Files.deleteIfExists(dir.resolve("entrees/illisible.txt"));
    }

    /** A first character shared by two ids, or {@code null}. */
    private static String ambiguousPrefix(JsonNode documents) {
        Set<Character> seen = new HashSet<>();
        for (JsonNode document : documents) {
            char first = document.get("id").asText().charAt(0);
            if (!seen.add(first)) {
                return String.valueOf(first);
            }
        }
        return null;
    }
}
