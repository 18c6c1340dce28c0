package org.atelier.corpus.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ImportProblem;
import org.atelier.api.corpus.ImportSummary;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.corpus.Fixtures;
import org.atelier.corpus.NoLog;
import org.atelier.corpus.ScriptedReader;
import org.atelier.corpus.TestWorkspace;
import org.atelier.corpus.readers.HtmlReader;
import org.atelier.corpus.readers.JsonReader;
import org.atelier.corpus.readers.MarkdownReader;
import org.atelier.corpus.readers.PlainTextReader;
import org.atelier.corpus.store.WorkspaceDocumentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImporterTest {
    @TempDir
    Path workspaceRoot;
    @TempDir
    Path files;
    WorkspaceDocumentStore store;

    @BeforeEach
    void open() throws IOException {
        store = new WorkspaceDocumentStore(new TestWorkspace(workspaceRoot), NoLog.logger());
    }

    private FileImporter importer(Limits limits) {
        FileImporter importer = new FileImporter(store, NoLog.logger(), limits);
        long id = 1;
        importer.addReader(new PlainTextReader(), Map.of(DocumentReader.EXTENSIONS, "txt", "service.id", id++));
        importer.addReader(new MarkdownReader(), Map.of(DocumentReader.EXTENSIONS, "md", "service.id", id++));
        importer.addReader(new HtmlReader(),
                Map.of(DocumentReader.EXTENSIONS, new String[] {"html", "htm"}, "service.id", id++));
        importer.addReader(new JsonReader(),
                Map.of(DocumentReader.EXTENSIONS, new String[] {"json", "jsonl"}, "service.id", id++));
        return importer;
    }

    private ImportSummary importPaths(Path... paths) {
        return importer(Limits.DEFAULT).importPaths(List.of(paths), ProgressMonitor.NONE);
    }

    private static List<String> paths(List<DocumentInfo> documents) {
        return documents.stream().map(DocumentInfo::path).toList();
    }

    private static List<String> lines(List<ImportProblem> problems, Path base) {
        return problems.stream().map(p -> p.source().replace(base + "/", "") + ": " + p.reason()).toList();
    }

    /** A folder of every kind of file, good and bad; the French text is there twice, in two encodings. */
    private Path mixedFolder() throws IOException {
        Path folder = files.resolve("dossier");
        for (String name : List.of("articles-one-bad-line.jsonl", "articles.zip", "binary-with-nul-bytes.txt",
                "cp1252-french.txt", "empty.txt", "html-with-script-and-style.html", "utf8-french.txt")) {
            Fixtures.copy(name, folder);
        }
        Fixtures.copy("markdown-with-front-matter.md", folder, "sous-dossier/notes.md");
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.writeString(folder.resolve(".cache"), "hidden");
        Fixtures.copy("utf8-french.txt", folder, ".git/objects/copy.txt");
        return folder;
    }

    @Test
    void aFolderOfMixedFilesImportsWhatItCanAndSaysWhyNotTheRest() throws Exception {
        Path folder = mixedFolder();
        ImportSummary summary = importPaths(folder);

        assertThat(paths(summary.imported())).containsExactly(
                "articles-one-bad-line.jsonl#1", "articles-one-bad-line.jsonl#2", "articles-one-bad-line.jsonl#4",
                "articles.zip!/dossier/a.txt", "articles.zip!/dossier/b.html", "articles.zip!/flux.jsonl#1",
                "articles.zip!/flux.jsonl#2", "cp1252-french.txt", "html-with-script-and-style.html",
                "sous-dossier/notes.md");
        assertThat(summary.unchanged()).isEmpty();
        assertThat(summary.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(folder + "/utf8-french.txt");
            assertThat(d.document().path()).isEqualTo("cp1252-french.txt");
            assertThat(d.document().duplicates()).containsExactly("utf8-french.txt");
        });
        assertThat(lines(summary.skipped(), folder)).containsExactly(
                "articles.zip!/image.png: no reader for .png files",
                "articles.zip!/vide.txt: empty file",
                "empty.txt: empty file",
                "photo.jpg: no reader for .jpg files");
        assertThat(lines(summary.failed(), folder)).hasSize(3);
        assertThat(lines(summary.failed(), folder).get(0)).startsWith("articles-one-bad-line.jsonl#3: invalid JSON: ");
        assertThat(lines(summary.failed(), folder)).endsWith(
                "articles-one-bad-line.jsonl#6: no text field (text, body or content)",
                "binary-with-nul-bytes.txt: binary content, not text (NUL bytes; UTF-16 text needs a byte order mark)");
        assertThat(store.list()).hasSize(10);
        assertThat(summary.skipped()).filteredOn(p -> FileImporter.isQuiet(p, List.of(folder)))
                .extracting(ImportProblem::source)
                .containsExactly(folder + "/articles.zip!/image.png", folder + "/photo.jpg");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        Path folder = mixedFolder();
        importPaths(folder);
        List<DocumentInfo> before = store.list();

        ImportSummary again = importPaths(folder);

        assertThat(again.imported()).isEmpty();
        assertThat(again.unchanged()).hasSize(11);
        assertThat(again.failed()).hasSize(3);
        assertThat(store.list()).isEqualTo(before);
    }

    @Test
    void aChangedFileIsANewVersionOfTheSameSource() throws Exception {
        Path file = Files.writeString(files.resolve("note.txt"), "Première version de la note.");
        DocumentInfo v1 = importPaths(file).imported().get(0);
        Files.writeString(file, "Seconde version de la note.");

        ImportSummary summary = importPaths(file);

        DocumentInfo v2 = summary.imported().get(0);
        assertThat(v2.path()).isEqualTo("note.txt");
        assertThat(v2.supersedes()).isEqualTo(v1.id());
        assertThat(store.list()).containsExactly(v2);
        assertThat(store.get(v1.id())).isPresent();
    }

    @Test
    void aFileNamedIsRecordedByItsNameAndAFolderByThePathInside() throws Exception {
        Path named = Fixtures.copy("utf8-french.txt", files, "a/b/lettre.txt");
        Path inFolder = Fixtures.copy("english-article.txt", files, "c/d/report.txt");
        ImportSummary summary = importPaths(named, files.resolve("c"));
        assertThat(paths(summary.imported())).containsExactly("lettre.txt", "d/report.txt");
        assertThat(inFolder).exists();
    }

    @Test
    void eachDocumentHasItsIdTitleLanguageSizeAndMetadata() throws Exception {
        Path folder = files.resolve("metadata");
        Fixtures.copy("html-with-meta-tags.htm", folder);
        Fixtures.copy("articles-one-bad-line.jsonl", folder);
        Fixtures.copy("source-and-date-lines.txt", folder);
        Path undated = Fixtures.copy("english-article.txt", folder);
        Files.setLastModifiedTime(undated, FileTime.from(Instant.parse("2024-07-14T23:30:00Z")));
        ImportSummary summary = importPaths(folder);
        Map<String, DocumentInfo> byPath = new java.util.HashMap<>();
        summary.imported().forEach(d -> byPath.put(d.path(), d));

        DocumentInfo page = byPath.get("html-with-meta-tags.htm");
        assertThat(page.title()).isEqualTo("Inflation : les prix reculent en février");
        assertThat(page.outlet()).isEqualTo("Le Quotidien");
        assertThat(page.date()).isEqualTo("2025-02-28");
        assertThat(page.url()).isEqualTo("https://www.example.org/economie/inflation-fevrier");
        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.bytes()).isEqualTo(Files.size(folder.resolve("html-with-meta-tags.htm")));

        DocumentInfo record = byPath.get("articles-one-bad-line.jsonl#2");
        assertThat(record.title()).isEqualTo("Deuxième article");
        assertThat(record.outlet()).isEqualTo("Le Quotidien");
        assertThat(record.date()).isEqualTo("2025-01-03");
        assertThat(record.language()).isEqualTo("fr");
        String text = store.get(record.id()).orElseThrow().text();
        assertThat(record.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);

        DocumentInfo credited = byPath.get("source-and-date-lines.txt");
        assertThat(credited.title()).isEqualTo("Le gouvernement présente son budget");
        assertThat(credited.outlet()).isEqualTo("Les Échos");
        assertThat(credited.date()).isEqualTo("2025-03-03");

        DocumentInfo english = byPath.get("english-article.txt");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.outlet()).isNull();
        assertThat(english.date()).as("the day the file was changed, the text giving none").isEqualTo("2024-07-14");
        assertThat(english.url()).isNull();
    }

    @Test
    void theShippedCorpusImportsAsFiveFrenchArticles() throws Exception {
        ImportSummary summary = importPaths(Fixtures.SHIPPED_CORPUS);

        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.failed()).isEmpty();
        List<Path> sources;
        try (Stream<Path> list = Files.list(Fixtures.SHIPPED_CORPUS)) {
            sources = list.sorted().toList();
        }
        assertThat(summary.imported()).hasSameSizeAs(sources).hasSize(5);
        for (int i = 0; i < sources.size(); i++) {
            DocumentInfo document = summary.imported().get(i);
            Path source = sources.get(i);
            String stored = store.get(document.id()).orElseThrow().text();
            assertThat(document.path()).isEqualTo(source.getFileName().toString());
            assertThat(document.bytes()).isEqualTo(Files.size(source));
            assertThat(document.language()).isEqualTo("fr");
            assertThat(document.id()).isEqualTo(sha256Prefix(stored));
            assertThat(Files.readString(source)).startsWith(stored);
            assertThat(stored).doesNotEndWith("\n").doesNotContain("\r");
            assertThat(document.title()).isNotBlank().hasSizeLessThanOrEqualTo(120);
            assertThat(document.date()).isEqualTo(
                    Files.getLastModifiedTime(source).toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        assertThat(summary.imported()).extracting(DocumentInfo::outlet)
                .containsExactly("Techcrunch", null, null, null, null);
        assertThat(summary.imported().get(3).title())
                .isEqualTo("Pékin demande à Alibaba et ByteDance de justifier l’achat de puces IA de Nvidia");
    }

    private static String sha256Prefix(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    @Test
    void aMissingPathFails() {
        Path missing = files.resolve("absent.txt");
        ImportSummary summary = importPaths(missing);
        assertThat(summary.failed()).containsExactly(new ImportProblem(missing.toString(), "no such file or folder"));
    }

    @Test
    void anEmptyFileIsSkipped() throws Exception {
        ImportSummary summary = importPaths(Fixtures.copy("empty.txt", files),
                Fixtures.copy("whitespace-only.txt", files));
        assertThat(lines(summary.skipped(), files)).containsExactly("empty.txt: empty file",
                "whitespace-only.txt: no text");
        assertThat(summary.failed()).isEmpty();
    }

    @Test
    void aBinaryFileFails() throws Exception {
        ImportSummary summary = importPaths(Fixtures.copy("binary-control-bytes.txt", files));
        assertThat(lines(summary.failed(), files))
                .containsExactly("binary-control-bytes.txt: binary content, not text (mostly control characters)");
    }

    @Test
    void anUnreadableFileFails() throws Exception {
        // Reading /proc/self/mem from its start fails with an I/O error, for root too.
        Path memory = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(memory), "a Linux /proc");
        Path unreadable = Files.createSymbolicLink(files.resolve("unreadable.txt"), memory);
        ImportSummary summary = importPaths(unreadable, Fixtures.copy("utf8-french.txt", files));
        assertThat(lines(summary.failed(), files)).containsExactly("unreadable.txt: cannot read: Input/output error");
        assertThat(summary.imported()).hasSize(1);
        Files.delete(unreadable); // a link out of the temporary folder, which JUnit would warn of
    }

    @Test
    void systemErrorsReadAsPlainWords() {
        assertThat(ImportRun.describe(new java.nio.file.AccessDeniedException("/x/denied.txt")))
                .isEqualTo("permission denied");
        assertThat(ImportRun.describe(new java.nio.file.NoSuchFileException("/x/gone.txt"))).isEqualTo("no such file");
        assertThat(ImportRun.describe(new IOException("first line\nsecond line"))).isEqualTo("first line");
    }

    @Test
    void aFileOverTheSizeLimitFails() throws Exception {
        Path large = Files.writeString(files.resolve("long.txt"), "a".repeat(200));
        ImportSummary summary = importer(new Limits(100, 1000, 10)).importPaths(List.of(large), ProgressMonitor.NONE);
        assertThat(lines(summary.failed(), files))
                .containsExactly("long.txt: larger than the limit of 100 bytes (maxFileBytes): 200 bytes");
    }

    @Test
    void aSymbolicLinkLoopIsSkippedOnceAndTheRestImports() throws Exception {
        Path folder = files.resolve("boucle");
        Fixtures.copy("utf8-french.txt", folder);
        Files.createSymbolicLink(folder.resolve("retour"), folder);
        ImportSummary summary = importPaths(folder);
        assertThat(lines(summary.skipped(), folder))
                .containsExactly("retour: symbolic link loop: folder already visited");
        assertThat(paths(summary.imported())).containsExactly("utf8-french.txt");
        assertThat(summary.failed()).isEmpty();
    }

    @Test
    void aBrokenLinkFails() throws Exception {
        Path link = Files.createSymbolicLink(files.resolve("lien.txt"), files.resolve("nulle-part.txt"));
        assertThat(lines(importPaths(link).failed(), files)).containsExactly("lien.txt: broken symbolic link");
    }

    @Test
    void aFileWithoutAReaderIsSkippedAndSaysSoWhenNamed() throws Exception {
        Path named = Files.write(files.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        ImportSummary summary = importPaths(named);
        assertThat(lines(summary.skipped(), files)).containsExactly(
                "scan.pdf: no reader for .pdf files (readers for: htm, html, json, jsonl, md, txt, zip)");
        assertThat(FileImporter.isQuiet(summary.skipped().get(0), List.of(named))).isFalse();
    }

    @Test
    void aPluginReaderAddsAFormatAndTheHigherRankingWins() throws Exception {
        FileImporter importer = importer(Limits.DEFAULT);
        DocumentReader shouting = source -> List.of(ParsedDocument.ofText(source.text().toUpperCase()));
        importer.addReader(shouting, Map.of(DocumentReader.EXTENSIONS, "txt", "service.ranking", 10,
                "service.id", 99L));
        importer.addReader(source -> List.of(ParsedDocument.ofText("PDF " + source.name())),
                Map.of(DocumentReader.EXTENSIONS, ".PDF", "service.id", 100L));
        Path text = Files.writeString(files.resolve("a.txt"), "bonjour");
        Path pdf = Files.write(files.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F'});

        ImportSummary summary = importer.importPaths(List.of(text, pdf), ProgressMonitor.NONE);
        assertThat(summary.imported()).extracting(d -> store.get(d.id()).orElseThrow().text())
                .containsExactly("BONJOUR", "PDF b.pdf");

        importer.removeReader(shouting);
        Files.writeString(text, "au revoir");
        assertThat(importer.importPaths(List.of(text), ProgressMonitor.NONE).imported())
                .extracting(d -> store.get(d.id()).orElseThrow().text()).containsExactly("au revoir");
    }

    @Test
    void aReaderThatCrashesFailsItsFileOnly() throws Exception {
        FileImporter importer = importer(Limits.DEFAULT);
        importer.addReader(source -> {
            throw new IllegalStateException("bug in the reader");
        }, Map.of(DocumentReader.EXTENSIONS, "odt", "service.id", 50L));
        Path odt = Files.write(files.resolve("a.odt"), new byte[] {1});
        Path text = Fixtures.copy("utf8-french.txt", files);
        ImportSummary summary = importer.importPaths(List.of(odt, text), ProgressMonitor.NONE);
        assertThat(lines(summary.failed(), files)).containsExactly("a.odt: the reader of .odt files failed: bug in the reader");
        assertThat(summary.imported()).hasSize(1);
    }

    @Test
    void anArchiveEntryGoingOutOfTheArchiveIsNotRead() throws Exception {
        Path zip = zip(files.resolve("piege.zip"), Map.of(
                "../../etc/evil.txt", text("Un texte qui voudrait sortir de l’archive."),
                "/absolu.txt", text("Un chemin absolu."),
                "sain.txt", text("Un texte sain.")));
        ImportSummary summary = importPaths(zip);
        assertThat(lines(summary.failed(), files)).containsExactlyInAnyOrder(
                "piege.zip!/../../etc/evil.txt: unsafe entry name (absolute, or going up with ..); not read",
                "piege.zip!//absolu.txt: unsafe entry name (absolute, or going up with ..); not read");
        assertThat(paths(summary.imported())).containsExactly("piege.zip!/sain.txt");
    }

    @Test
    void anEntryExpandingPastTheFileLimitFails() throws Exception {
        Path zip = zip(files.resolve("bombe.zip"), Map.of("gros.txt", text("a".repeat(5 * 1024 * 1024))));
        assertThat(Files.size(zip)).isLessThan(64 * 1024);
        ImportSummary summary = importer(new Limits(1024 * 1024, 10L * 1024 * 1024, 100))
                .importPaths(List.of(zip), ProgressMonitor.NONE);
        assertThat(lines(summary.failed(), files))
                .containsExactly("bombe.zip!/gros.txt: larger than the limit of 1 MiB (maxFileBytes): 5 MiB");
    }

    @Test
    void anEntryWhoseHeaderUnderstatesItsSizeIsStillCutAtTheLimit() throws Exception {
        Path zip = zip(files.resolve("menteur.zip"), Map.of("gros.txt", text("a".repeat(5 * 1024 * 1024))));
        understateSizes(zip, 1000);
        ImportSummary summary = importer(new Limits(1024 * 1024, 10L * 1024 * 1024, 100))
                .importPaths(List.of(zip), ProgressMonitor.NONE);
        assertThat(summary.imported()).isEmpty();
        assertThat(lines(summary.failed(), files))
                .containsExactly("menteur.zip!/gros.txt: larger than the limit of 1 MiB (maxFileBytes) once expanded");
    }

    @Test
    void anArchiveExpandingPastTheArchiveLimitStops() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            entries.put("partie" + i + ".txt", text(String.valueOf(i).repeat(900 * 1024)));
        }
        Path zip = zip(files.resolve("gonfle.zip"), entries);
        ImportSummary summary = importer(new Limits(1024 * 1024, 2L * 1024 * 1024, 100))
                .importPaths(List.of(zip), ProgressMonitor.NONE);
        assertThat(paths(summary.imported())).containsExactly("gonfle.zip!/partie1.txt", "gonfle.zip!/partie2.txt");
        assertThat(lines(summary.failed(), files)).containsExactly(
                "gonfle.zip: expands to more than 2 MiB (maxArchiveBytes); the rest of it was not read");
    }

    @Test
    void anArchiveWithTooManyEntriesIsNotOpened() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put(i + ".txt", text("Texte " + i));
        }
        Path zip = zip(files.resolve("nombreux.zip"), entries);
        ImportSummary summary = importer(new Limits(1024, 4096, 3)).importPaths(List.of(zip), ProgressMonitor.NONE);
        assertThat(lines(summary.failed(), files))
                .containsExactly("nombreux.zip: holds 5 entries, more than the limit of 3; not opened");
        assertThat(summary.imported()).isEmpty();
    }

    @Test
    void archivesInsideArchivesAreNotOpened() throws Exception {
        Path inner = zip(files.resolve("interieur.zip"), Map.of("a.txt", text("Dedans.")));
        Path outer = zip(files.resolve("exterieur.zip"), Map.of("interieur.zip", Files.readAllBytes(inner),
                "b.txt", text("Dehors.")));
        ImportSummary summary = importPaths(outer);
        assertThat(lines(summary.skipped(), files))
                .containsExactly("exterieur.zip!/interieur.zip: archive inside an archive; not opened");
        assertThat(paths(summary.imported())).containsExactly("exterieur.zip!/b.txt");
    }

    @Test
    void aFileNamedZipThatIsNotAnArchiveFails() throws Exception {
        Path fake = Files.writeString(files.resolve("faux.zip"), "pas une archive");
        assertThat(lines(importPaths(fake).failed(), files).get(0)).startsWith("faux.zip: not a readable zip archive");
    }

    @Test
    void progressCountsEveryFileOnce() throws Exception {
        Path folder = mixedFolder();
        List<String> calls = new ArrayList<>();
        importer(Limits.DEFAULT).importPaths(List.of(folder), new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                calls.add("begin " + totalWork);
            }

            @Override
            public void worked(int units, String item) {
                calls.add("worked " + units);
            }

            @Override
            public void done() {
                calls.add("done");
            }
        });
        assertThat(calls).first().isEqualTo("begin 9");
        assertThat(calls).filteredOn(c -> c.equals("worked 1")).hasSize(9);
        assertThat(calls).last().isEqualTo("done");
    }

    @Test
    void aCancelledImportStopsAndKeepsWhatItStored() throws Exception {
        Path folder = mixedFolder();
        ImportSummary summary = importer(Limits.DEFAULT).importPaths(List.of(folder), new ProgressMonitor() {
            int worked;

            @Override
            public void worked(int units, String item) {
                worked += units;
            }

            @Override
            public boolean isCancelled() {
                return worked >= 1;
            }
        });
        assertThat(paths(summary.imported())).containsExactly("articles-one-bad-line.jsonl#1",
                "articles-one-bad-line.jsonl#2", "articles-one-bad-line.jsonl#4");
        assertThat(store.list()).hasSize(3);
    }

    /** An e-mail as an embedding reader gives it: the message, then its two attachments. */
    private static List<ParsedDocument> mailWithTwoAttachments() {
        return List.of(
                new ParsedDocument(null, "Offre de rachat", "Bonjour,\r\nvoici l’offre en pièce jointe.", null, null,
                        "fr", null, null,
                        Map.of("from", List.of("Anne Martin <anne@example.org>"),
                                "to", List.of("redaction@example.org", "  ", "veille@example.org"),
                                "subject", List.of("L’offre"), "created", List.of("2025-03-04T10:15:00Z"),
                                "Type", List.of("message/rfc822")),
                        List.of()),
                new ParsedDocument("offre.pdf", "Offre", "\n\nPage un.\nPage deux, où l’on signe.", null, null, "fr",
                        null, "", Map.of("type", List.of("application/pdf"), "author", List.of("Direction")),
                        List.of(0, 11)),
                new ParsedDocument("photos/plan.txt", null, "Le plan du site, en annexe.", null, null, "fr", null,
                        "", Map.of("type", List.of("text/plain")), List.of()));
    }

    private FileImporter importerWith(DocumentReader reader, String extension) {
        FileImporter importer = importer(Limits.DEFAULT);
        importer.addReader(reader, Map.of(DocumentReader.EXTENSIONS, extension, "service.id", 99L));
        return importer;
    }

    @Test
    void anEmbeddingReadersDocumentsAreStoredWithTheirParentMetadataAndPages() throws Exception {
        ScriptedReader reader = new ScriptedReader(mailWithTwoAttachments());
        Path mail = Files.writeString(files.resolve("tip.eml"), "From: anne@example.org\n\nBonjour");

        ImportSummary summary = importerWith(reader, "eml").importPaths(List.of(mail), ProgressMonitor.NONE);

        assertThat(summary.failed()).isEmpty();
        assertThat(paths(summary.imported()))
                .containsExactly("tip.eml", "tip.eml!/offre.pdf", "tip.eml!/photos/plan.txt");
        assertThat(reader.seen).singleElement().satisfies(seen -> {
            assertThat(seen.size()).isEqualTo(Files.size(mail));
            assertThat(seen.streamed()).isEqualTo(Files.readAllBytes(mail));
        });
        DocumentInfo message = store.list().get(0);
        assertThat(message.parent()).isNull();
        assertThat(message.date()).as("the creation date when the reader gives no date").isEqualTo("2025-03-04");
        assertThat(message.metadata()).containsEntry("to", List.of("redaction@example.org", "veille@example.org"))
                .containsEntry("from", List.of("Anne Martin <anne@example.org>"))
                .containsEntry("type", List.of("message/rfc822"));
        assertThat(message.pages()).isZero();

        assertThat(store.page(org.atelier.api.corpus.DocumentQuery.childrenOf(message.id(), 10)).documents())
                .extracting(DocumentInfo::path, DocumentInfo::parent)
                .containsExactly(org.assertj.core.api.Assertions.tuple("tip.eml!/offre.pdf", message.id()),
                        org.assertj.core.api.Assertions.tuple("tip.eml!/photos/plan.txt", message.id()));
        DocumentInfo pdf = store.list().get(1);
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.metadata()).containsEntry("author", List.of("Direction"));
        org.atelier.api.corpus.Document stored = store.get(pdf.id()).orElseThrow();
        assertThat(stored.text()).isEqualTo("Page un.\nPage deux, où l’on signe.");
        assertThat(stored.pages()).as("page starts follow the trimmed text").containsExactly(0, 9);
        assertThat(stored.page(stored.text().indexOf("signe"))).isEqualTo(2);
        assertThat(stored.page(0)).isEqualTo(1);
        assertThat(store.get(message.id()).orElseThrow().text()).isEqualTo("Bonjour,\nvoici l’offre en pièce jointe.");
    }

    @Test
    void anAttachmentThatComesBeforeItsParentIsStoredAfterItLinkedToIt() throws Exception {
        List<ParsedDocument> mail = mailWithTwoAttachments();
        ScriptedReader reader = new ScriptedReader(List.of(mail.get(1), mail.get(0),
                new ParsedDocument("offre.pdf/annexe.txt", null, "Annexe de l’offre.", null, null, "fr", null,
                        "offre.pdf", Map.of(), List.of())));
        Path file = Files.writeString(files.resolve("tip.eml"), "Bonjour");

        ImportSummary summary = importerWith(reader, "eml").importPaths(List.of(file), ProgressMonitor.NONE);

        assertThat(paths(summary.imported()))
                .containsExactly("tip.eml", "tip.eml!/offre.pdf/annexe.txt", "tip.eml!/offre.pdf");
        List<DocumentInfo> documents = store.list();
        DocumentInfo message = documents.get(0);
        assertThat(documents).extracting(DocumentInfo::path)
                .containsExactly("tip.eml", "tip.eml!/offre.pdf/annexe.txt", "tip.eml!/offre.pdf");
        DocumentInfo pdf = documents.get(2);
        assertThat(pdf.parent()).isEqualTo(message.id());
        assertThat(documents.get(1).parent()).as("its parent's id is known from its text").isEqualTo(pdf.id());
    }

    @Test
    void whatAReaderFoundBeforeFailingIsKeptAndTheFailureSaid() throws Exception {
        ScriptedReader reader = new ScriptedReader(mailWithTwoAttachments().subList(0, 2),
                "truncated MIME: the last part never ends");
        Path file = Files.writeString(files.resolve("tip.eml"), "Bonjour");

        ImportSummary summary = importerWith(reader, "eml").importPaths(List.of(file), ProgressMonitor.NONE);

        assertThat(paths(summary.imported())).containsExactly("tip.eml", "tip.eml!/offre.pdf");
        assertThat(lines(summary.failed(), files)).containsExactly("tip.eml: truncated MIME: the last part never ends");
        assertThat(summary.skipped()).isEmpty();
    }

    @Test
    void theSameTextAtTwoPathsIsOneDocumentAndTheSecondIsReportedAsADuplicate() throws Exception {
        Path folder = files.resolve("dossier");
        Fixtures.copy("utf8-french.txt", folder, "a/article.txt");
        Fixtures.copy("utf8-french.txt", folder, "b/copie.txt");
        ScriptedReader reader = new ScriptedReader(List.of(
                ParsedDocument.ofText("Un courriel qui transmet l’article."),
                new ParsedDocument("article.txt", null, new String(Fixtures.bytes("utf8-french.txt"),
                        StandardCharsets.UTF_8), null, null, null, null, "", Map.of(), List.of())));
        Files.createDirectories(folder.resolve("c"));
        Files.writeString(folder.resolve("c/transfert.eml"), "Bonjour");

        ImportSummary summary = importerWith(reader, "eml").importPaths(List.of(folder), ProgressMonitor.NONE);

        assertThat(paths(summary.imported())).containsExactly("a/article.txt", "c/transfert.eml");
        assertThat(summary.unchanged()).isEmpty();
        assertThat(summary.duplicates()).extracting(d -> d.source().replace(folder + "/", ""))
                .containsExactly("b/copie.txt", "c/transfert.eml!/article.txt");
        DocumentInfo article = summary.imported().get(0);
        assertThat(summary.duplicates()).allSatisfy(d -> assertThat(d.document().id()).isEqualTo(article.id()));
        assertThat(store.info(article.id()).orElseThrow().duplicates())
                .containsExactly("b/copie.txt", "c/transfert.eml!/article.txt");
        assertThat(store.count()).isEqualTo(2);

        ImportSummary again = importerWith(reader, "eml").importPaths(List.of(folder), ProgressMonitor.NONE);

        assertThat(again.duplicates()).isEmpty();
        assertThat(again.imported()).isEmpty();
        assertThat(again.unchanged()).hasSize(4);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }

    /** Rewrites the expanded size of every entry in the central directory, as a crafted archive would. */
    private static void understateSizes(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, size);
            }
        }
        Files.write(zip, bytes);
    }
}
