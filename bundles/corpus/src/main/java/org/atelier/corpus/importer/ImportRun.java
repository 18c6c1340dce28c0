package org.atelier.corpus.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentMetadata;
import org.atelier.api.corpus.DocumentReader;
import org.atelier.api.corpus.ImportDuplicate;
import org.atelier.api.corpus.ImportProblem;
import org.atelier.api.corpus.ImportSummary;
import org.atelier.api.corpus.InvalidSourceException;
import org.atelier.api.corpus.ParsedDocument;
import org.atelier.api.progress.ProgressMonitor;
import org.atelier.corpus.store.NewDocument;
import org.atelier.corpus.store.Stored;
import org.atelier.corpus.store.WorkspaceDocumentStore;
import org.atelier.corpus.text.Dates;
import org.atelier.corpus.text.DocumentIds;
import org.atelier.corpus.text.LanguageGuesser;
import org.atelier.corpus.text.TextDecoder;
import org.atelier.corpus.text.TextMetadata;
import org.atelier.corpus.text.Titles;
import org.osgi.service.log.Logger;

/**
 * One import: finds the files under the paths given, hands each to the reader of its extension (the entries of
 * a zip archive too), and stores the documents as the reader finds them. A document embedded in another (an
 * e-mail's attachment) is stored at {@code source!/part}, linked to the document of its parent part. The same
 * text found at another path is not a second document but a duplicate of the first. Whatever goes wrong with one
 * file is one line of the summary, and the import goes on.
 */
final class ImportRun {
    /** How the reason of a file without a reader begins; found inside a folder or an archive, it is no news. */
    static final String NO_READER = "no reader for ";

    private final WorkspaceDocumentStore store;
    private final Map<String, DocumentReader> readers;
    private final Limits limits;
    private final ProgressMonitor monitor;
    private final Logger log;

    private final List<DocumentInfo> imported = new ArrayList<>();
    private final List<DocumentInfo> unchanged = new ArrayList<>();
    private final List<ImportProblem> skipped = new ArrayList<>();
    private final List<ImportProblem> failed = new ArrayList<>();
    private final List<ImportDuplicate> duplicates = new ArrayList<>();
    /** Stored in the open group of the store, not yet acknowledged. */
    private final List<Pending> pending = new ArrayList<>();
    private WorkspaceDocumentStore.GroupCount groupsAtFirstPending;

    /**
     * A document waiting for its group to be committed, how problems name its source, and whether it was found
     * as a duplicate of a stored one.
     */
    private record Pending(DocumentInfo document, String where, boolean duplicate) {}

    /**
     * A file to import.
     *
     * @param file    where it is
     * @param path    its path relative to what was imported, as documents record it
     * @param display how problems name it: the path as given, joined with the path inside a folder
     * @param named   whether the path given names the file itself, rather than a folder holding it
     */
    private record Candidate(Path file, String path, String display, boolean named) {}

    ImportRun(WorkspaceDocumentStore store, Map<String, DocumentReader> readers, Limits limits,
            ProgressMonitor monitor, Logger log) {
        this.store = store;
        this.readers = readers;
        this.limits = limits;
        this.monitor = monitor;
        this.log = log;
    }

    ImportSummary run(List<Path> sources) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path source : sources) {
            collect(source, candidates);
        }
        monitor.begin("Importing", candidates.size());
        try {
            for (Candidate candidate : candidates) {
                if (monitor.isCancelled()) {
                    break;
                }
                if (extension(candidate.file().getFileName().toString()).equals("zip")) {
                    readArchive(candidate);
                } else {
                    readFile(candidate);
                }
                monitor.worked(1, candidate.display());
            }
        } finally {
            commit();
            monitor.done();
        }
        return new ImportSummary(imported, unchanged, skipped, failed, duplicates);
    }

    /**
     * Commits the documents of the last group: only then are they acknowledged. A failed commit loses the group,
     * and its documents move from imported to failed.
     */
    private void commit() {
        try {
            store.flush();
        } catch (IOException e) {
            lose(pending, describe(e));
            return;
        }
        settle();
    }

    /** Moves the waiting documents to imported once their group is committed, to failed if it was lost. */
    private void settle() {
        if (pending.isEmpty()) {
            return;
        }
        WorkspaceDocumentStore.GroupCount now = store.groups();
        if (now.losses() != groupsAtFirstPending.losses()) {
            lose(pending, "the write of its group failed");
        } else if (now.commits() != groupsAtFirstPending.commits()) {
            for (Pending p : pending) {
                if (p.duplicate()) {
                    duplicates.add(new ImportDuplicate(p.where(), p.document()));
                } else {
                    imported.add(p.document());
                }
            }
            pending.clear();
        }
    }

    private void lose(List<Pending> documents, String reason) {
        for (Pending document : documents) {
            fail(document.where(), "cannot store: " + reason);
        }
        documents.clear();
    }

    private void collect(Path source, List<Candidate> candidates) {
        String display = source.toString();
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            fail(display, "no such file or folder");
        } else if (!Files.exists(source)) {
            fail(display, "broken symbolic link");
        } else if (Files.isDirectory(source)) {
            walk(source, candidates);
        } else if (!Files.isRegularFile(source)) {
            fail(display, "not a regular file or folder");
        } else {
            candidates.add(new Candidate(source, source.getFileName().toString(), display, true));
        }
    }

    /** The files of a folder and its subfolders, following links, in path order; hidden ones left out. */
    private void walk(Path root, List<Candidate> candidates) {
        List<Candidate> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (hidden(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile()) {
                                found.add(new Candidate(file, relative(root, file), file.toString(), false));
                            } else if (attributes.isSymbolicLink()) {
                                fail(file.toString(), "broken symbolic link");
                            } else {
                                skip(file.toString(), "not a regular file");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skip(file.toString(), "symbolic link loop: folder already visited");
                            } else {
                                fail(file.toString(), "cannot read: " + describe(e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            fail(root.toString(), "cannot read: " + describe(e));
        }
        found.sort(Comparator.comparing(Candidate::path));
        candidates.addAll(found);
    }

    private void readFile(Candidate candidate) {
        String name = candidate.file().getFileName().toString();
        String extension = extension(name);
        DocumentReader reader = readers.get(extension);
        if (reader == null) {
            noReader(candidate.display(), extension, candidate.named());
            return;
        }
        long size;
        try {
            size = Files.size(candidate.file());
        } catch (IOException e) {
            fail(candidate.display(), "cannot read: " + describe(e));
            return;
        }
        if (size > limits.maxFileBytes()) {
            fail(candidate.display(), tooLarge(size));
        } else if (size == 0) {
            // A size of 0 is not always an empty file (those of /proc): only reading tells.
            byte[] bytes;
            try (InputStream in = Files.newInputStream(candidate.file())) {
                bytes = readAtMost(in, limits.maxFileBytes());
            } catch (IOException e) {
                fail(candidate.display(), "cannot read: " + describe(e));
                return;
            }
            if (bytes.length > limits.maxFileBytes()) {
                fail(candidate.display(), tooLarge(-1));
            } else if (bytes.length == 0) {
                skip(candidate.display(), "empty file");
            } else {
                read(new LoadedSource(name, candidate.path(), bytes, day(modified(candidate.file()))),
                        candidate.display(), reader, extension);
            }
        } else {
            // Read from disk only as the reader asks: a stream for readers of large files, the bytes for the rest.
            read(LoadedSource.onDisk(name, candidate.path(), candidate.file(), size, limits.maxFileBytes(),
                    day(modified(candidate.file()))), candidate.display(), reader, extension);
        }
    }

    /**
     * The entries of a zip archive, each as if it were a file. Sizes are counted as entries expand, not taken
     * from the archive's headers, which a crafted archive can fake: no entry expands past the file limit, and
     * the archive stops being read when all it expanded to passes the archive limit.
     */
    private void readArchive(Candidate archive) {
        ZipFile zip;
        try {
            zip = open(archive.file());
        } catch (ZipException e) {
            fail(archive.display(), "not a readable zip archive: " + describe(e));
            return;
        } catch (IOException e) {
            fail(archive.display(), "cannot read: " + describe(e));
            return;
        }
        try (zip) {
            if (zip.size() > limits.maxArchiveEntries()) {
                fail(archive.display(), "holds " + zip.size() + " entries, more than the limit of "
                        + limits.maxArchiveEntries() + "; not opened");
                return;
            }
            long expanded = 0;
            int files = 0;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                files++;
                String name = entry.getName().replace('\\', '/');
                String display = archive.display() + "!/" + name;
                if (unsafe(name)) {
                    fail(display, "unsafe entry name (absolute, or going up with ..); not read");
                    continue;
                }
                String fileName = name.substring(name.lastIndexOf('/') + 1);
                if (hiddenEntry(name)) {
                    continue;
                }
                String extension = extension(fileName);
                if (extension.equals("zip")) {
                    skip(display, "archive inside an archive; not opened");
                    continue;
                }
                DocumentReader reader = readers.get(extension);
                if (reader == null) {
                    noReader(display, extension, false);
                    continue;
                }
                if (entry.getSize() > limits.maxFileBytes()) {
                    fail(display, tooLarge(entry.getSize()));
                    continue;
                }
                long room = limits.maxArchiveBytes() - expanded;
                long allowed = Math.min(limits.maxFileBytes(), room);
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readAtMost(in, allowed);
                } catch (IOException e) {
                    fail(display, "cannot read: " + describe(e));
                    continue;
                }
                expanded += bytes.length;
                if (bytes.length > allowed) {
                    if (room <= limits.maxFileBytes()) {
                        fail(archive.display(), "expands to more than " + Limits.size(limits.maxArchiveBytes())
                                + " (maxArchiveBytes); the rest of it was not read");
                        return;
                    }
                    fail(display, tooLarge(-1) + " once expanded");
                } else if (bytes.length == 0) {
                    skip(display, "empty file");
                } else {
                    read(new LoadedSource(fileName, archive.path() + "!/" + name, bytes,
                            day(entry.getLastModifiedTime())), display, reader, extension);
                }
            }
            if (files == 0) {
                skip(archive.display(), "empty archive");
            }
        } catch (IOException e) {
            fail(archive.display(), "cannot read: " + describe(e));
        }
    }

    /** Zip entry names are UTF-8 by default; archives made by old Windows tools use the DOS code page. */
    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            try {
                return new ZipFile(file.toFile(), Charset.forName("IBM437"));
            } catch (IOException | IllegalArgumentException again) {
                throw e;
            }
        }
    }

    /**
     * Hands {@code source} to its reader and stores each document as the reader finds it: a mailbox of many
     * messages is never held whole. What the reader found before failing is kept.
     */
    private void read(LoadedSource source, String display, DocumentReader reader, String extension) {
        SourceParts parts = new SourceParts();
        boolean readerFailed = true;
        try {
            reader.read(source, parsed -> store(parsed, source, display, parts));
            readerFailed = false;
        } catch (InvalidSourceException e) {
            fail(display, describe(e));
        } catch (IOException e) {
            fail(display, "cannot read: " + describe(e));
        } catch (RuntimeException e) {
            log.error("The reader of .{} files failed on {}", extension, display, e);
            fail(display, "the reader of ." + extension + " files failed: " + describe(e));
        }
        for (SourceParts.Deferred child : parts.deferred()) {
            put(child.document(parts.idOf(child.parentPart())), child.where());
        }
        for (LoadedSource.InvalidPart part : source.invalidParts()) {
            fail(display + "#" + part.part(), part.reason());
        }
        if (!readerFailed && parts.found() == 0 && source.invalidParts().isEmpty()) {
            skip(display, "no documents in it");
        }
    }

    private void store(ParsedDocument parsed, LoadedSource source, String display, SourceParts parts) {
        if (parsed == null) {
            return;
        }
        int ordinal = parts.found();
        parts.count();
        boolean embedded = parsed.parent() != null;
        String part = parsed.part() == null || parsed.part().isBlank() ? null : parsed.part().strip();
        if (embedded && part == null) {
            part = Integer.toString(ordinal); // an attachment needs a path of its own, apart from its parent's
        }
        String separator = embedded ? "!/" : "#";
        String where = part == null ? display : display + separator + part;
        PagedText paged = PagedText.of(parsed.text() == null ? "" : parsed.text(), parsed.pages());
        String text = paged.text();
        if (text.isEmpty()) {
            skip(where, "no text");
            return;
        }
        String id = DocumentIds.of(text);
        parts.found(part, id, embedded);
        Map<String, List<String>> metadata = metadata(parsed.metadata());
        String language = LanguageGuesser.normalizeCode(parsed.language());
        String date = Dates.normalize(parsed.date());
        if (date == null) {
            date = Dates.normalize(first(metadata.get(DocumentMetadata.CREATED)));
        }
        String outlet = Titles.clean(parsed.outlet());
        String parentPart = embedded ? parsed.parent().strip() : null;
        String parent = embedded ? parts.idOf(parentPart) : null;
        NewDocument document = new NewDocument(
                id,
                Titles.of(parsed.title(), text),
                part == null ? source.path() : source.path() + separator + part,
                language != null ? language : LanguageGuesser.guess(text),
                part == null ? source.size() : text.getBytes(StandardCharsets.UTF_8).length,
                outlet != null ? outlet : TextMetadata.outlet(text),
                date != null ? date : fallbackDate(text, source),
                Titles.clean(parsed.url()),
                text, parent, metadata, paged.pages());
        if (embedded && parent == null) {
            // Its parent has not come yet: it is stored at the end of the source, when the parent is known.
            parts.defer(document, where, parentPart);
            return;
        }
        put(document, where);
    }

    private void put(NewDocument document, String where) {
        if (pending.isEmpty()) {
            groupsAtFirstPending = store.groups();
        }
        try {
            Stored stored = store.put(document);
            if (stored.unchanged()) {
                unchanged.add(stored.document());
            } else {
                pending.add(new Pending(stored.document(), where, stored.duplicate()));
            }
        } catch (IOException e) {
            fail(where, "cannot store: " + describe(e));
        }
        settle();
    }

    /** The metadata a reader gave, without empty keys or values. */
    private static Map<String, List<String>> metadata(Map<String, List<String>> given) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        given.forEach((key, values) -> {
            if (key == null || key.isBlank() || values == null) {
                return;
            }
            List<String> nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!nonBlank.isEmpty()) {
                kept.put(key.strip().toLowerCase(Locale.ROOT), nonBlank);
            }
        });
        return kept;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The date the text gives, else the day the file was last changed, so that every document has one. */
    private static String fallbackDate(String text, LoadedSource source) {
        String date = TextMetadata.date(text);
        return date != null ? date : source.modified();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The UTC day of a file time, ISO-8601, or {@code null}; before 1980 it is a zip entry's unset time. */
    private static String day(FileTime time) {
        if (time == null || time.toMillis() <= 315_532_800_000L) {
            return null;
        }
        return LocalDate.ofInstant(time.toInstant(), ZoneOffset.UTC).toString();
    }

    private void noReader(String display, String extension, boolean named) {
        String what = extension.isEmpty() ? "files without an extension" : "." + extension + " files";
        String reason = NO_READER + what;
        if (named) {
            reason += " (readers for: " + String.join(", ", readers.keySet().stream().sorted().toList()) + ", zip)";
        }
        skip(display, reason);
    }

    private String tooLarge(long size) {
        return "larger than the limit of " + Limits.size(limits.maxFileBytes()) + " (maxFileBytes)"
                + (size >= 0 ? ": " + Limits.size(size) : "");
    }

    private void skip(String source, String reason) {
        skipped.add(new ImportProblem(source, reason));
    }

    private void fail(String source, String reason) {
        failed.add(new ImportProblem(source, reason));
    }

    /** Up to {@code limit} + 1 bytes: one more than allowed says the limit was passed. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    }

    /** Leading blank lines and trailing white space removed; the indentation of the first line kept. */
    static String trimBlankEdges(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return "";
        }
        int start = text.lastIndexOf('\n', first) + 1;
        int end = text.length();
        while (end > first && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path file) {
        List<String> names = new ArrayList<>();
        root.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Dot files, and the resource forks macOS adds to the archives it makes. */
    private static boolean hiddenEntry(String name) {
        for (String segment : name.split("/")) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** An absolute name, or one with {@code ..}, would point outside the archive if it were unpacked. */
    static boolean unsafe(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The exception's message, in a line, with the usual system messages in plain words. */
    static String describe(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
