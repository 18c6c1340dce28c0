package org.atelier.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.corpus.NoLog;
import org.atelier.corpus.TestWorkspace;
import org.atelier.corpus.text.DocumentIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDocumentStoreTest {
    @TempDir
    Path root;
    TestWorkspace workspace;
    WorkspaceDocumentStore store;
    final List<String> events = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        workspace = new TestWorkspace(root);
        store = reopen();
    }

    private WorkspaceDocumentStore reopen() throws IOException {
        WorkspaceDocumentStore opened = new WorkspaceDocumentStore(workspace, NoLog.logger(),
                Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
        opened.addListener(new DocumentListener() {
            @Override
            public void added(DocumentInfo document) {
                events.add("added " + document.id());
            }

            @Override
            public void removed(DocumentInfo document) {
                events.add("removed " + document.id());
            }

            @Override
            public void replaced(DocumentInfo previous, DocumentInfo current) {
                events.add("replaced " + previous.id() + " by " + current.id());
            }
        });
        return opened;
    }

    private static NewDocument document(String path, String text) {
        return new NewDocument(DocumentIds.of(text), "Titre de " + path, path, "fr", text.length(), "Le Quotidien",
                "2025-01-02", "https://example.org/" + path, text);
    }

    /** Stores and commits at once, as an import of one document does. */
    private Stored put(NewDocument document) throws IOException {
        Stored stored = store.put(document);
        store.flush();
        return stored;
    }

    @Test
    void aStoredDocumentIsListedAndReadBack() throws Exception {
        NewDocument a = document("a.txt", "Le texte de a.");
        Stored stored = put(a);

        assertThat(stored.unchanged()).isFalse();
        assertThat(stored.previous()).isNull();
        DocumentInfo info = stored.document();
        assertThat(info).isEqualTo(new DocumentInfo(a.id(), "Titre de a.txt", "a.txt", "fr", a.bytes(),
                "Le Quotidien", "2025-01-02", Instant.parse("2025-06-01T10:00:00Z"), "https://example.org/a.txt",
                null));
        assertThat(store.list()).containsExactly(info);
        assertThat(store.get(a.id()).orElseThrow().text()).isEqualTo("Le texte de a.");
        assertThat(events).containsExactly("added " + a.id());
    }

    @Test
    void theSameTextAgainChangesNothing() throws Exception {
        Stored first = put(document("a.txt", "Même texte."));

        Stored again = put(document("a.txt", "Même texte."));

        assertThat(again.unchanged()).isTrue();
        assertThat(again.duplicate()).isFalse();
        assertThat(again.document()).isEqualTo(first.document());
        assertThat(store.list()).hasSize(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void theSameTextAtOtherPathsIsOneDocumentListingThemInImportOrder() throws Exception {
        Stored first = put(document("a.txt", "Même texte."));

        Stored second = put(document("b.txt", "Même texte."));
        Stored third = put(document("dossier/c.txt", "Même texte."));
        Stored again = put(document("b.txt", "Même texte."));

        assertThat(second.duplicate()).isTrue();
        assertThat(second.unchanged()).isFalse();
        assertThat(second.document().id()).isEqualTo(first.document().id());
        assertThat(third.document().duplicates()).containsExactly("b.txt", "dossier/c.txt");
        assertThat(again.unchanged()).isTrue();
        assertThat(store.list()).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("a.txt");
            assertThat(d.duplicates()).containsExactly("b.txt", "dossier/c.txt");
        });
        assertThat(reopen().info(first.document().id()).orElseThrow().duplicates())
                .containsExactly("b.txt", "dossier/c.txt");
        assertThat(events).as("a further path is nothing new to index").containsExactly("added " + first.document().id());
    }

    @Test
    void aChangedFileAtAFurtherPathLeavesTheDocumentAndStandsAlone() throws Exception {
        DocumentInfo shared = put(document("a.txt", "Même texte.")).document();
        put(document("b.txt", "Même texte."));

        Stored changed = put(document("b.txt", "Un autre texte."));

        assertThat(changed.previous()).isNull();
        assertThat(changed.document().supersedes()).isNull();
        assertThat(store.info(shared.id()).orElseThrow().duplicates()).isEmpty();
        assertThat(store.list()).extracting(DocumentInfo::path).containsExactly("a.txt", "b.txt");
    }

    @Test
    void aChangedFileAtTheFirstPathLeavesTheDocumentAtItsNextPath() throws Exception {
        DocumentInfo shared = put(document("a.txt", "Même texte.")).document();
        put(document("b.txt", "Même texte."));

        Stored changed = put(document("a.txt", "Un autre texte."));

        assertThat(changed.previous()).isNull();
        assertThat(store.isCurrent(shared.id())).isTrue();
        DocumentInfo moved = store.info(shared.id()).orElseThrow();
        assertThat(moved.path()).isEqualTo("b.txt");
        assertThat(moved.duplicates()).isEmpty();
        assertThat(store.list()).extracting(DocumentInfo::path).containsExactlyInAnyOrder("b.txt", "a.txt");
    }

    @Test
    void parentMetadataAndPagesAreStoredAndReadBack() throws Exception {
        NewDocument mail = new NewDocument(DocumentIds.of("Bonjour, voici l’offre."), "Offre", "tip.eml", "fr", 120,
                null, "2025-03-04", null, "Bonjour, voici l’offre.", null,
                Map.of("from", List.of("Anne <anne@example.org>"), "to", List.of("a@example.org", "b@example.org"),
                        "subject", List.of("L’offre")), List.of());
        String pdfText = "Page une.\nPage deux, où l’on lit.\nPage trois.";
        NewDocument pdf = new NewDocument(DocumentIds.of(pdfText), "Offre PDF", "tip.eml!/offre.pdf", "fr", 60,
                null, null, null, pdfText, mail.id(), Map.of("type", List.of("application/pdf")), List.of(0, 10, 36));
        put(mail);
        put(pdf);

        for (WorkspaceDocumentStore opened : List.of(store, reopen())) {
            DocumentInfo info = opened.info(pdf.id()).orElseThrow();
            assertThat(info.parent()).isEqualTo(mail.id());
            assertThat(info.pages()).isEqualTo(3);
            assertThat(info.metadata()).isEqualTo(Map.of("type", List.of("application/pdf")));
            assertThat(opened.info(mail.id()).orElseThrow().metadata().get("to"))
                    .containsExactly("a@example.org", "b@example.org");
            org.atelier.api.corpus.Document document = opened.get(pdf.id()).orElseThrow();
            assertThat(document.pages()).containsExactly(0, 10, 36);
            assertThat(document.page(pdfText.indexOf("où"))).isEqualTo(2);
            assertThat(opened.get(mail.id()).orElseThrow().pages()).isEmpty();
            assertThat(opened.page(DocumentQuery.childrenOf(mail.id(), 10)).documents())
                    .extracting(DocumentInfo::id).containsExactly(pdf.id());
            assertThat(opened.page(DocumentQuery.childrenOf(pdf.id(), 10)).total()).isZero();
            List<DocumentInfo> walked = new ArrayList<>();
            opened.forEach(walked::add);
            assertThat(walked).extracting(DocumentInfo::parent).containsExactly(null, mail.id());
        }
    }

    @Test
    void aDatabaseOfSchemaOneIsMigratedAndKeepsItsDocuments() throws Exception {
        store.close();
        Path database = root.resolve(WorkspaceDocumentStore.AREA).resolve(WorkspaceDocumentStore.DATABASE);
        Files.delete(database);
        Files.deleteIfExists(database.resolveSibling(WorkspaceDocumentStore.DATABASE + "-wal"));
        Files.deleteIfExists(database.resolveSibling(WorkspaceDocumentStore.DATABASE + "-shm"));
        String text = "Un article stocké par la version précédente.";
        String id = DocumentIds.of(text);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            // The tables as schema 1 made them.
            s.execute("""
                    CREATE TABLE documents (
                      seq INTEGER PRIMARY KEY,
                      id TEXT NOT NULL UNIQUE,
                      title TEXT, title_key TEXT NOT NULL, path TEXT NOT NULL, language TEXT, bytes INTEGER NOT NULL,
                      outlet TEXT, date TEXT, date_key TEXT NOT NULL, imported TEXT NOT NULL, url TEXT,
                      supersedes TEXT, current INTEGER NOT NULL)""");
            s.execute("CREATE TABLE texts (seq INTEGER PRIMARY KEY, text TEXT NOT NULL)");
            s.execute("CREATE TABLE unreadable (id TEXT PRIMARY KEY, path TEXT, reason TEXT NOT NULL)");
            s.execute("CREATE UNIQUE INDEX current_by_path ON documents (path) WHERE current = 1");
            s.execute("CREATE INDEX current_by_seq ON documents (seq) WHERE current = 1");
            s.execute("CREATE INDEX current_by_date ON documents (date_key, seq) WHERE current = 1");
            s.execute("CREATE INDEX current_by_title ON documents (title_key, seq) WHERE current = 1");
            s.execute("CREATE INDEX current_by_outlet ON documents (outlet, seq) WHERE current = 1");
            s.execute("CREATE INDEX current_by_language ON documents (language, seq) WHERE current = 1");
            s.execute("INSERT INTO documents VALUES (1, '" + id + "', 'Ancien', 'ancien', 'ancien.txt', 'fr', 45,"
                    + " 'Le Quotidien', '2024-12-01', '2024-12-01', '2025-01-01T00:00:00Z', NULL, NULL, 1)");
            s.execute("INSERT INTO texts VALUES (1, '" + text + "')");
            s.execute("PRAGMA user_version = 1");
        }

        store = reopen();

        DocumentInfo migrated = store.info(id).orElseThrow();
        assertThat(migrated.title()).isEqualTo("Ancien");
        assertThat(migrated.outlet()).isEqualTo("Le Quotidien");
        assertThat(migrated.parent()).isNull();
        assertThat(migrated.duplicates()).isEmpty();
        assertThat(migrated.metadata()).isEmpty();
        assertThat(migrated.pages()).isZero();
        assertThat(store.get(id).orElseThrow().text()).isEqualTo(text);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
                java.sql.ResultSet version = s.executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(DocumentRows.SCHEMA).isEqualTo(2);
        }
        // What schema 2 added works on the migrated database.
        Stored copy = put(document("copie.txt", text));
        assertThat(copy.duplicate()).isTrue();
        assertThat(reopen().info(id).orElseThrow().duplicates()).containsExactly("copie.txt");
        NewDocument child = new NewDocument(DocumentIds.of("Pièce jointe."), "Pièce", "ancien.txt!/pj.txt", "fr", 14,
                null, null, null, "Pièce jointe.", id, Map.of("author", List.of("Anne")), List.of(0));
        put(child);
        assertThat(store.page(DocumentQuery.childrenOf(id, 5)).documents()).singleElement()
                .satisfies(d -> assertThat(d.metadata()).containsEntry("author", List.of("Anne")));
    }

    @Test
    void aDatabaseOfALaterSchemaIsRefusedWithWhy() throws Exception {
        store.close();
        Path database = root.resolve(WorkspaceDocumentStore.AREA).resolve(WorkspaceDocumentStore.DATABASE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(this::reopen).isInstanceOf(IOException.class).hasMessageContaining("schema 99");
    }

    @Test
    void aChangedSourceIsANewVersionThatSupersedesThePrevious() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        Stored v2 = put(document("a.txt", "Seconde version."));

        assertThat(v2.previous()).isEqualTo(v1);
        assertThat(v2.document().supersedes()).isEqualTo(v1.id());
        assertThat(v2.document().imported()).isAfter(v1.imported());
        assertThat(store.list()).containsExactly(v2.document());
        assertThat(store.get(v1.id()).orElseThrow().text()).isEqualTo("Première version.");
        assertThat(events).containsExactly("added " + v1.id(), "replaced " + v1.id() + " by " + v2.document().id());
    }

    @Test
    void anEarlierVersionComingBackIsCurrentAgain() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = put(document("a.txt", "Seconde version.")).document();
        Stored back = put(document("a.txt", "Première version."));

        assertThat(back.unchanged()).isFalse();
        assertThat(back.document().id()).isEqualTo(v1.id());
        assertThat(back.document().supersedes()).isEqualTo(v2.id());
        assertThat(store.list()).extracting(DocumentInfo::id).containsExactly(v1.id());
        assertThat(reopen().list()).extracting(DocumentInfo::id).containsExactly(v1.id());
    }

    @Test
    void everythingIsThereAfterAReopen() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = put(document("a.txt", "Seconde version.")).document();
        DocumentInfo b = put(document("dir/b.txt", "Le texte de b.")).document();
        store.flush();

        WorkspaceDocumentStore reopened = reopen();

        assertThat(reopened.list()).containsExactly(v2, b);
        assertThat(reopened.get(v1.id()).orElseThrow().info()).isEqualTo(v1);
        assertThat(reopened.put(document("a.txt", "Troisième version.")).document().supersedes()).isEqualTo(v2.id());
    }

    @Test
    void listingIsInImportOrder() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("c", "a", "b")) {
            ids.add(put(document(name + ".txt", "Texte " + name)).document().id());
        }
        assertThat(store.list()).extracting(DocumentInfo::id).containsExactlyElementsOf(ids);
        store.flush();
        assertThat(reopen().list()).extracting(DocumentInfo::id).containsExactlyElementsOf(ids);
    }

    @Test
    void aRemovedDocumentIsGoneAndItsEarlierVersionsStayHidden() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = put(document("a.txt", "Seconde version.")).document();
        events.clear();

        assertThat(store.remove(v2.id())).isTrue();

        assertThat(store.list()).isEmpty();
        assertThat(store.get(v2.id())).isEmpty();
        assertThat(store.get(v1.id())).isPresent();
        assertThat(events).containsExactly("removed " + v2.id());
        assertThat(reopen().list()).isEmpty();
        assertThat(store.remove(v2.id())).isFalse();
        assertThat(store.remove("0123456789abcdef")).isFalse();
    }

    @Test
    void removingAnEarlierVersionTellsNoListener() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = put(document("a.txt", "Seconde version.")).document();
        events.clear();
        assertThat(store.remove(v1.id())).isTrue();
        assertThat(events).isEmpty();
        assertThat(store.list()).containsExactly(v2);
    }

    @Test
    void idsResolveFromAUniquePrefix() throws Exception {
        List<DocumentInfo> stored = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            stored.add(put(document(i + ".txt", "Texte numéro " + i)).document());
        }
        DocumentInfo any = stored.get(7);
        assertThat(store.resolve(any.id())).contains(any);
        assertThat(store.resolve(any.id().substring(0, 10).toUpperCase())).contains(any);
        assertThat(store.resolve("zz")).isEmpty();
        assertThat(store.resolve("")).isEmpty();
        // 40 ids over 16 hex digits: at least two share their first digit.
        assertThatThrownBy(() -> {
            for (char c : "0123456789abcdef".toCharArray()) {
                store.resolve(String.valueOf(c));
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documents");
    }

    @Test
    void aFailingListenerDoesNotStopTheStore() throws Exception {
        store.addListener(new DocumentListener() {
            @Override
            public void added(DocumentInfo document) {
                throw new IllegalStateException("index broken");
            }
        });
        DocumentInfo a = put(document("a.txt", "Le texte de a.")).document();
        assertThat(store.list()).containsExactly(a);
        assertThat(events).containsExactly("added " + a.id());
    }

    @Test
    void aGroupIsAcknowledgedAndToldWhenCommitted() throws Exception {
        NewDocument a = document("a.txt", "Le texte de a.");
        store.put(a);

        assertThat(store.count()).as("readers see commits only").isZero();
        assertThat(events).isEmpty();
        assertThat(reopen().info(a.id())).as("not committed yet").isEmpty();

        store.flush();

        assertThat(events).containsExactly("added " + a.id());
        assertThat(reopen().get(a.id())).isPresent();
    }

    @Test
    void aFullGroupCommitsOnItsOwn() throws Exception {
        for (int i = 0; i < WorkspaceDocumentStore.GROUP_SIZE; i++) {
            store.put(document("doc" + i + ".txt", "Le texte du document " + i));
        }
        assertThat(store.groups().commits()).isEqualTo(1);
        assertThat(events).hasSize(WorkspaceDocumentStore.GROUP_SIZE);
        assertThat(reopen().count()).isEqualTo(WorkspaceDocumentStore.GROUP_SIZE);
    }

    @Test
    void whatWasCommittedSurvivesAStoreThatIsNeverClosed() throws Exception {
        DocumentInfo v1 = put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = put(document("a.txt", "Seconde version.")).document();
        store.put(document("b.txt", "Jamais validé."));
        // No close and no flush: the process dies here.

        WorkspaceDocumentStore restarted = reopen();

        assertThat(restarted.list()).containsExactly(v2);
        assertThat(restarted.get(v1.id())).isPresent();
    }

    @Test
    void pagesFollowEachOtherInEveryOrderWithoutRepeatingOrSkipping() throws Exception {
        List<DocumentInfo> stored = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            NewDocument d = new NewDocument(DocumentIds.of("Texte " + i), (i % 2 == 0 ? "Élan " : "elan ") + (char) ('a' + i),
                    i + ".txt", i % 3 == 0 ? "en" : "fr", 10, i % 5 == 0 ? "Le Monde" : "Les Échos",
                    i % 4 == 0 ? null : "2025-01-" + String.format("%02d", 1 + i % 7), null, "Texte " + i);
            stored.add(store.put(d).document());
        }
        store.flush();
        for (DocumentQuery.Sort sort : DocumentQuery.Sort.values()) {
            for (boolean descending : List.of(false, true)) {
                List<DocumentInfo> paged = new ArrayList<>();
                DocumentQuery query = new DocumentQuery(sort, descending, null, 4, null, null);
                DocumentPage page = store.page(query);
                paged.addAll(page.documents());
                while (page.next() != null) {
                    page = store.page(query.after(page.next()));
                    assertThat(page.total()).isEqualTo(25);
                    paged.addAll(page.documents());
                }
                assertThat(paged).as(sort + (descending ? " descending" : "")).hasSize(25)
                        .containsExactlyInAnyOrderElementsOf(stored);
                assertThat(store.page(new DocumentQuery(sort, descending, null, 25, null, null)).documents())
                        .containsExactlyElementsOf(paged);
            }
        }
        List<DocumentInfo> byDate = store.page(new DocumentQuery(DocumentQuery.Sort.DATE, true, null, 25, null, null))
                .documents();
        assertThat(byDate.get(0).date()).isEqualTo("2025-01-07");
        assertThat(byDate.get(24).date()).isNull();
        assertThat(store.page(new DocumentQuery(DocumentQuery.Sort.TITLE, false, null, 2, null, null)).documents())
                .extracting(DocumentInfo::title).containsExactly("Élan a", "elan b");
        DocumentPage lemonde = store.page(new DocumentQuery(DocumentQuery.Sort.IMPORTED, false, null, 10, "Le Monde", "en"));
        assertThat(lemonde.total()).isEqualTo(2);
        assertThat(lemonde.documents()).extracting(DocumentInfo::path).containsExactly("0.txt", "15.txt");
        assertThat(lemonde.next()).isNull();
        assertThatThrownBy(() -> store.page(DocumentQuery.first(3).after("not a cursor")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentThatCannotBeReadBackIsReportedAndTheOthersStillAre() throws Exception {
        DocumentInfo a = put(document("a.txt", "Le texte de a.")).document();
        DocumentInfo b = put(document("b.txt", "Le texte de b.")).document();
        try (Connection c = DriverManager.getConnection(
                "jdbc:sqlite:" + root.resolve(WorkspaceDocumentStore.AREA).resolve(WorkspaceDocumentStore.DATABASE));
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM texts WHERE seq = (SELECT seq FROM documents WHERE id = '" + a.id() + "')");
        }

        assertThatThrownBy(() -> store.get(a.id())).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(a.id());
        assertThat(store.get(b.id())).isPresent();
        assertThat(store.unreadable()).extracting(UnreadableDocument::id, UnreadableDocument::path)
                .containsExactly(tuple(a.id(), "a.txt"));
        assertThat(reopen().unreadable()).hasSize(1);
    }

    @Test
    void aWorkspaceOfTheEarlierFormatIsMovedInWhole() throws Exception {
        store.close();
        Path legacy = Files.createDirectories(root.resolve(WorkspaceDocumentStore.LEGACY_AREA));
        Path databaseFolder = root.resolve(WorkspaceDocumentStore.AREA);
        try (Stream<Path> files = Files.walk(databaseFolder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        DocumentInfo v1 = info("a.txt", "Première version.", "2025-05-01T10:00:00Z", null);
        DocumentInfo v2 = info("a.txt", "Seconde version.", "2025-05-02T10:00:00Z", v1.id());
        DocumentInfo big = info("big.txt", "x".repeat(21_000_000), "2025-05-03T10:00:00Z", null);
        DocumentInfo unlisted = info("c.txt", "Écrit après le catalogue.", "2025-05-04T10:00:00Z", null);
        String longText = "x".repeat(21_000_000);
        Files.write(legacy.resolve(v1.id() + ".json"), DocumentCodec.document(v1, "Première version."));
        Files.write(legacy.resolve(v2.id() + ".json"), DocumentCodec.document(v2, "Seconde version."));
        Files.write(legacy.resolve(big.id() + ".json"), DocumentCodec.document(big, longText));
        Files.write(legacy.resolve(unlisted.id() + ".json"), DocumentCodec.document(unlisted, "Écrit après le catalogue."));
        Files.writeString(legacy.resolve("0123456789abcdef.json"), "damaged");
        Files.write(legacy.resolve(LegacyFolderStore.CATALOGUE), DocumentCodec.catalogue(List.of(
                new DocumentCodec.Entry(v1, false), new DocumentCodec.Entry(v2, true),
                new DocumentCodec.Entry(big, true))));

        WorkspaceDocumentStore migrated = reopen();

        assertThat(migrated.list()).containsExactly(v2, big, unlisted);
        assertThat(migrated.get(v1.id()).orElseThrow().text()).isEqualTo("Première version.");
        assertThat(migrated.get(big.id()).orElseThrow().text()).hasSize(21_000_000);
        assertThat(migrated.unreadable()).extracting(UnreadableDocument::id).containsExactly("0123456789abcdef");
        assertThat(legacy).doesNotExist();
        assertThat(root.resolve(WorkspaceDocumentStore.MIGRATED).resolve(v1.id() + ".json")).exists();
        assertThat(migrated.put(document("a.txt", "Troisième version.")).document().supersedes()).isEqualTo(v2.id());
        migrated.close();
        assertThat(reopen().count()).isEqualTo(3);
    }

    private static DocumentInfo info(String path, String text, String imported, String supersedes) {
        return new DocumentInfo(DocumentIds.of(text), "Titre de " + path, path, "fr", text.length(), null, null,
                Instant.parse(imported), null, supersedes);
    }
}
