package org.atelier.corpus.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atelier.api.corpus.DocumentInfo;
import org.atelier.corpus.store.DocumentCodec.Entry;
import org.atelier.corpus.text.DocumentIds;

/**
 * Reads the store of format 1, kept until a workspace is migrated: a folder of one {@code <id>.json} per
 * document and a {@code catalogue.json} of their metadata. The files are the truth and the catalogue follows
 * them: a file the catalogue does not list was stored after its last write and is the current version of its
 * source unless a later one exists; a listed document without a file was being removed.
 */
final class LegacyFolderStore {
    static final String CATALOGUE = "catalogue.json";
    private static final String SUFFIX = ".json";

    /** A file that could not be read, and why. */
    record Unreadable(String id, String reason) {}

    private final Path folder;
    /** Every document by id, in import order, each marked current or not. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final List<Unreadable> unreadable = new ArrayList<>();

    private LegacyFolderStore(Path folder) {
        this.folder = folder;
    }

    /** Whether {@code folder} holds a store of format 1. */
    static boolean isPresent(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            return stream.iterator().hasNext();
        }
    }

    static LegacyFolderStore open(Path folder) throws IOException {
        LegacyFolderStore store = new LegacyFolderStore(folder);
        store.load();
        return store;
    }

    /** The documents in import order, each marked current or not. */
    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    List<Unreadable> unreadable() {
        return unreadable;
    }

    String text(String id) throws IOException {
        return DocumentCodec.readText(Files.readAllBytes(folder.resolve(id + SUFFIX)));
    }

    private void load() throws IOException {
        Set<String> files = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.endsWith(SUFFIX) && DocumentIds.isId(name.substring(0, name.length() - SUFFIX.length()))) {
                    files.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
        }
        Path catalogue = folder.resolve(CATALOGUE);
        if (Files.exists(catalogue)) {
            try {
                for (Entry entry : DocumentCodec.readCatalogue(Files.readAllBytes(catalogue))) {
                    entries.put(entry.info().id(), entry);
                }
            } catch (IOException e) {
                entries.clear(); // the files alone give the documents back
            }
        }
        entries.keySet().retainAll(files);
        Map<String, String> currentByPath = new HashMap<>();
        for (Entry entry : entries.values()) {
            if (entry.current()) {
                currentByPath.put(entry.info().path(), entry.info().id());
            }
        }
        List<DocumentInfo> unlisted = new ArrayList<>();
        for (String id : files) {
            if (!entries.containsKey(id)) {
                try {
                    unlisted.add(DocumentCodec.readInfo(Files.readAllBytes(folder.resolve(id + SUFFIX))));
                } catch (IOException e) {
                    unreadable.add(new Unreadable(id, e.getMessage()));
                }
            }
        }
        unlisted.sort(Comparator.comparing(DocumentInfo::imported));
        for (DocumentInfo info : unlisted) {
            String currentId = currentByPath.get(info.path());
            Entry current = currentId == null ? null : entries.get(currentId);
            boolean newer = current == null || !info.imported().isBefore(current.info().imported());
            if (newer && current != null) {
                entries.put(currentId, new Entry(current.info(), false));
            }
            entries.put(info.id(), new Entry(info, newer));
            if (newer) {
                currentByPath.put(info.path(), info.id());
            }
        }
    }
}
