package org.atelier.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFolderTest {
    @TempDir
    Path dir;

    @Test
    void namesThatWouldLeaveTheFolderStayInIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("uploads/import-1"));
        UploadFolder upload = new UploadFolder(folder);
        for (String name : new String[] {"../../escape.txt", "..\\..\\win.txt", "/etc/passwd", "..", ".", "",
                "a/../../b.txt", "C:\\Users\\me\\notes.md", "name\u0000.txt"}) {
            Path stored = upload.add(name, content("x"));
            assertThat(stored.getParent()).as(name).isEqualTo(folder);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("uploads"));
        }
        assertThat(upload.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("escape.txt", "win.txt", "passwd", "upload", "upload (2)", "upload (3)", "b.txt",
                        "notes.md", "name_.txt");
    }

    @Test
    void cleanedNamesAreSafeAndKeepTheirExtension() {
        assertThat(UploadFolder.safeName(".hidden.txt")).isEqualTo("hidden.txt");
        assertThat(UploadFolder.safeName("a:b*c?.txt ")).isEqualTo("a_b_c_.txt");
        assertThat(UploadFolder.safeName("...")).isEqualTo("upload");
        assertThat(UploadFolder.safeName("x".repeat(300) + ".html")).hasSize(200).endsWith(".html");
        assertThat(UploadFolder.safeName("Révision d’été.txt")).isEqualTo("Révision d’été.txt");
    }

    @Test
    void sourcesAreShownByTheirNameAsUploaded() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("import-2"));
        UploadFolder upload = new UploadFolder(folder);
        upload.add("dossier/articles.zip", content("zip"));
        upload.add("articles.zip", content("zip"));
        assertThat(upload.shown(folder.resolve("articles.zip") + "!/a/b.txt")).isEqualTo("articles.zip!/a/b.txt");
        assertThat(upload.shown(folder.resolve("articles (2).zip") + "#3")).isEqualTo("articles.zip#3");
        assertThat(upload.shown("/elsewhere/file.txt")).isEqualTo("/elsewhere/file.txt");
    }

    @Test
    void deleteRemovesTheFolderAndItsFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("import-3"));
        UploadFolder upload = new UploadFolder(folder);
        upload.add("a.txt", content("a"));
        upload.delete();
        assertThat(folder).doesNotExist();
    }

    private static ByteArrayInputStream content(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
