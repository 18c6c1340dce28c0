package org.atelier.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one upload, each under its own name in a folder of their own, for the importer to read as files
 * named on the command line are. A name comes from the client: it is cut to its last segment and cleaned, so that
 * no name leaves the folder, whatever it holds.
 */
public final class UploadFolder {
    private static final int MAX_NAME_LENGTH = 200;

    private final Path folder;
    /** Stored file name to the name as uploaded, in upload order. */
    private final Map<String, String> uploaded = new LinkedHashMap<>();

    public UploadFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Stores one uploaded file; returns where. */
    public Path add(String submittedName, InputStream content) throws IOException {
        String asUploaded = lastSegment(submittedName == null ? "" : submittedName);
        String name = unique(safeName(asUploaded));
        Path file = folder.resolve(name).normalize();
        if (!folder.equals(file.getParent())) {
            throw new IOException("unsafe file name: " + submittedName); // safeName makes this unreachable
        }
        Files.copy(content, file);
        uploaded.put(name, asUploaded.isBlank() ? name : asUploaded);
        return file;
    }

    /** The files stored, in upload order. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        uploaded.keySet().forEach(name -> files.add(folder.resolve(name)));
        return files;
    }

    public Path path() {
        return folder;
    }

    /**
     * A source as the importer names it (the stored file's path, then {@code !/entry} or {@code #3}) as the user
     * knows it: the name as uploaded, then the same rest.
     */
    public String shown(String source) {
        String prefix = folder + folder.getFileSystem().getSeparator();
        if (source == null || !source.startsWith(prefix)) {
            return source;
        }
        String rest = source.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && "!#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String name = rest.substring(0, end);
        return uploaded.getOrDefault(name, name) + rest.substring(end);
    }

    /** Removes the folder and everything in it. */
    public void delete() throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The name after the last {@code /} or {@code \}: browsers send a base name, other clients a path too. */
    static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).strip();
    }

    /**
     * A name safe on every file system: no separator, no control character or character Windows refuses, no
     * leading dot (a hidden file, or {@code ..}), not empty, not too long.
     */
    static String safeName(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(
                Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String cleaned = safe.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (cleaned.isEmpty()) {
            return "upload";
        }
        if (cleaned.length() > MAX_NAME_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return cleaned;
    }

    /** {@code a.txt}, then {@code a (2).txt}, {@code a (3).txt}: two uploads of one name both import. */
    private String unique(String name) {
        if (!uploaded.containsKey(name) && !Files.exists(folder.resolve(name))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2;; n++) {
            String candidate = base + " (" + n + ")" + extension;
            if (!uploaded.containsKey(candidate) && !Files.exists(folder.resolve(candidate))) {
                return candidate;
            }
        }
    }
}
