package org.atelier.corpus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
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

    private Path documents() {
        return root.resolve(WorkspaceDocumentStore.AREA);
    }

    @Test
    void aStoredDocumentIsListedAndReadBack() throws Exception {
        NewDocument a = document("a.txt", "Le texte de a.");
        Stored stored = store.put(a);

        assertThat(stored.unchanged()).isFalse();
        assertThat(stored.previous()).isNull();
        DocumentInfo info = stored.document();
        assertThat(info).isEqualTo(new DocumentInfo(a.id(), "Titre de a.txt", "a.txt", "fr", a.bytes(),
                "Le Quotidien", "2025-01-02", Instant.parse("2025-06-01T10:00:00Z"), "https://example.org/a.txt",
                null));
        assertThat(store.list()).containsExactly(info);
        assertThat(store.get(a.id()).orElseThrow().text()).isEqualTo("Le texte de a.");
        assertThat(documents().resolve(a.id() + ".json")).exists();
        assertThat(events).containsExactly("added " + a.id());
    }

    @Test
    void theSameTextAgainChangesNothing() throws Exception {
        Stored first = store.put(document("a.txt", "Même texte."));
        store.flush();
        int writes = workspace.writes();

        Stored again = store.put(document("b.txt", "Même texte."));

        assertThat(again.unchanged()).isTrue();
        assertThat(again.document()).isEqualTo(first.document());
        store.flush();
        assertThat(workspace.writes()).isEqualTo(writes);
        assertThat(store.list()).hasSize(1);
        assertThat(events).hasSize(1);
    }

    @Test
    void aChangedSourceIsANewVersionThatSupersedesThePrevious() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        Stored v2 = store.put(document("a.txt", "Seconde version."));

        assertThat(v2.previous()).isEqualTo(v1);
        assertThat(v2.document().supersedes()).isEqualTo(v1.id());
        assertThat(v2.document().imported()).isAfter(v1.imported());
        assertThat(store.list()).containsExactly(v2.document());
        assertThat(store.get(v1.id()).orElseThrow().text()).isEqualTo("Première version.");
        assertThat(events).containsExactly("added " + v1.id(), "replaced " + v1.id() + " by " + v2.document().id());
    }

    @Test
    void anEarlierVersionComingBackIsCurrentAgain() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        Stored back = store.put(document("a.txt", "Première version."));

        assertThat(back.unchanged()).isFalse();
        assertThat(back.document().id()).isEqualTo(v1.id());
        assertThat(back.document().supersedes()).isEqualTo(v2.id());
        assertThat(store.list()).extracting(DocumentInfo::id).containsExactly(v1.id());
        assertThat(reopen().list()).extracting(DocumentInfo::id).containsExactly(v1.id());
    }

    @Test
    void everythingIsThereAfterAReopen() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        DocumentInfo b = store.put(document("dir/b.txt", "Le texte de b.")).document();
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
            ids.add(store.put(document(name + ".txt", "Texte " + name)).document().id());
        }
        assertThat(store.list()).extracting(DocumentInfo::id).containsExactlyElementsOf(ids);
        store.flush();
        assertThat(reopen().list()).extracting(DocumentInfo::id).containsExactlyElementsOf(ids);
    }

    @Test
    void aRemovedDocumentIsGoneAndItsEarlierVersionsStayHidden() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        events.clear();

        assertThat(store.remove(v2.id())).isTrue();

        assertThat(store.list()).isEmpty();
        assertThat(store.get(v2.id())).isEmpty();
        assertThat(store.get(v1.id())).isPresent();
        assertThat(documents().resolve(v2.id() + ".json")).doesNotExist();
        assertThat(events).containsExactly("removed " + v2.id());
        assertThat(reopen().list()).isEmpty();
        assertThat(store.remove(v2.id())).isFalse();
        assertThat(store.remove("0123456789abcdef")).isFalse();
    }

    @Test
    void removingAnEarlierVersionTellsNoListener() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        events.clear();
        assertThat(store.remove(v1.id())).isTrue();
        assertThat(events).isEmpty();
        assertThat(store.list()).containsExactly(v2);
    }

    @Test
    void idsResolveFromAUniquePrefix() throws Exception {
        List<DocumentInfo> stored = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            stored.add(store.put(document(i + ".txt", "Texte numéro " + i)).document());
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
    void documentsStoredJustBeforeACrashAreThereOnRestart() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        store.flush();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        DocumentInfo b = store.put(document("b.txt", "Le texte de b.")).document();
        // No flush: the process dies with the catalogue one import behind the document files.

        WorkspaceDocumentStore restarted = reopen();

        assertThat(restarted.list()).containsExactly(v2, b);
        assertThat(restarted.get(v1.id())).isPresent();
        assertThat(Files.readString(documents().resolve("catalogue.json"))).contains(v2.id(), b.id());
    }

    @Test
    void aRemovalCutShortAfterDeletingTheFileIsCompletedOnRestart() throws Exception {
        DocumentInfo a = store.put(document("a.txt", "Le texte de a.")).document();
        DocumentInfo b = store.put(document("b.txt", "Le texte de b.")).document();
        store.flush();
        Files.delete(documents().resolve(a.id() + ".json"));

        assertThat(reopen().list()).containsExactly(b);
    }

    @Test
    void withoutItsCatalogueTheStoreIsRebuiltFromTheDocumentFiles() throws Exception {
        DocumentInfo v1 = store.put(document("a.txt", "Première version.")).document();
        DocumentInfo v2 = store.put(document("a.txt", "Seconde version.")).document();
        DocumentInfo b = store.put(document("b.txt", "Le texte de b.")).document();
        store.flush();
        Files.delete(documents().resolve("catalogue.json"));

        WorkspaceDocumentStore rebuilt = reopen();

        assertThat(rebuilt.list()).containsExactly(v2, b);
        assertThat(rebuilt.get(v1.id())).isPresent();
        assertThat(documents().resolve("catalogue.json")).exists();
    }

    @Test
    void startingReadsTheCatalogueAndNotEachDocument() throws Exception {
        List<DocumentInfo> stored = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            stored.add(store.put(document("doc" + i + ".txt", "Le texte du document " + i)).document());
        }
        store.flush();
        // Spoil every document file: a start that read them would fail or lose documents.
        try (Stream<Path> files = Files.list(documents())) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("catalogue.json")).toList()) {
                Files.write(file, "not JSON".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(reopen().list()).containsExactlyElementsOf(stored);
    }

    @Test
    void writesLeftHalfDoneByACrashAreCleanedUp() throws Exception {
        Path leftover = Files.createDirectories(documents()).resolve(".catalogue.json12345.tmp");
        Files.writeString(leftover, "half");
        reopen();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aFailedWriteStoresNothing() throws Exception {
        NewDocument a = document("a.txt", "Le texte de a.");
        workspace.failWritesOf(a.id() + ".json");
        assertThatThrownBy(() -> store.put(a)).isInstanceOf(IOException.class);
        assertThat(store.list()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheStore() throws Exception {
        store.addListener(new DocumentListener() {
            @Override
            public void added(DocumentInfo document) {
                throw new IllegalStateException("index broken");
            }
        });
        DocumentInfo a = store.put(document("a.txt", "Le texte de a.")).document();
        assertThat(store.list()).containsExactly(a);
        assertThat(events).containsExactly("added " + a.id());
    }
}
