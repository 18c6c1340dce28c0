package org.atelier.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.workspace.Workspace;
import org.atelier.corpus.store.DocumentCodec.Entry;
import org.atelier.corpus.text.DocumentIds;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The documents, in the workspace area {@value #AREA}: one file per document ({@code <id>.json}, metadata and
 * text) and a catalogue ({@code catalogue.json}) of everyone's metadata, so that starting reads one file
 * however many documents there are. Every file is replaced atomically through {@link Workspace#writeAtomically}.
 *
 * <p>The document files are the truth and the catalogue follows them. A document file is written, durably,
 * before the document is announced; the catalogue is written once at the end of an import ({@link #flush}), and
 * at once for a removal. Starting reconciles the two, so that a crash at any point loses nothing that was
 * announced: a document file the catalogue does not list was stored after the catalogue's last write, and
 * becomes the current version of its source; a listed document whose file is gone was being removed. Without
 * a catalogue at all, the files alone give it back, the latest import of each source being current.
 */
@Component(service = {DocumentStore.class, WorkspaceDocumentStore.class})
public class WorkspaceDocumentStore implements DocumentStore {
    public static final String AREA = "documents";
    static final String CATALOGUE = "catalogue.json";
    private static final String SUFFIX = ".json";

    private final Workspace workspace;
    private final Path folder;
    private final Logger log;
    private final Clock clock;
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    /** Every stored document by id, in import order. */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    /** The current document of each source path. */
    private final Map<String, String> currentByPath = new HashMap<>();
    /** Import times only grow, so that they order versions even within one clock tick. */
    private Instant lastImported = Instant.EPOCH;
    /** Whether documents were stored since the catalogue was last written. */
    private boolean dirty;

    @Activate
    public WorkspaceDocumentStore(@Reference Workspace workspace,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this(workspace, log, Clock.systemUTC());
    }

    WorkspaceDocumentStore(Workspace workspace, Logger log, Clock clock) throws IOException {
        this.workspace = workspace;
        this.folder = workspace.area(AREA);
        this.log = log;
        this.clock = clock;
        load();
    }

    @Deactivate
    void close() {
        try {
            flush();
        } catch (IOException e) {
            // The document files are written; the next start rebuilds the catalogue from them.
            log.warn("Could not write the document catalogue: {}", e.getMessage());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(DocumentListener listener) {
        listeners.add(listener);
    }

    void removeListener(DocumentListener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<DocumentInfo> list() {
        synchronized (lock) {
            return entries.values().stream().filter(Entry::current).map(Entry::info).toList();
        }
    }

    @Override
    public Optional<Document> get(String id) {
        DocumentInfo info;
        synchronized (lock) {
            Entry entry = entries.get(id);
            if (entry == null) {
                return Optional.empty();
            }
            info = entry.info();
        }
        try {
            return Optional.of(new Document(info, DocumentCodec.readText(Files.readAllBytes(file(id)))));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<DocumentInfo> resolve(String idOrPrefix) {
        String prefix = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        synchronized (lock) {
            Entry exact = entries.get(prefix);
            if (exact != null) {
                return Optional.of(exact.info());
            }
            List<DocumentInfo> matches = entries.values().stream()
                    .map(Entry::info)
                    .filter(info -> info.id().startsWith(prefix))
                    .toList();
            if (matches.size() > 1) {
                throw new IllegalArgumentException("id prefix '" + idOrPrefix + "' names " + matches.size()
                        + " documents (" + String.join(", ", matches.stream().limit(3).map(DocumentInfo::id).toList())
                        + (matches.size() > 3 ? ", ..." : "") + "); type more of the id");
            }
            return matches.stream().findFirst();
        }
    }

    @Override
    public boolean remove(String id) {
        Entry removed;
        synchronized (lock) {
            removed = entries.get(id);
            if (removed == null) {
                return false;
            }
            try {
                // File first, catalogue second: a crash between leaves a listed document without a file, which
                // starting drops, and never a removed document that comes back.
                Files.deleteIfExists(file(id));
                entries.remove(id);
                if (removed.current()) {
                    currentByPath.remove(removed.info().path());
                }
                dirty = true;
                writeCatalogue();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove document " + id + ": " + e.getMessage(), e);
            }
        }
        if (removed.current()) {
            for (DocumentListener listener : listeners) {
                tell(listener, () -> listener.removed(removed.info()));
            }
        }
        return true;
    }

    /**
     * Stores {@code document} unless the same text is already current. A document at the path of a current one
     * is a new version of that source: it supersedes it. The document file is durable when this returns; the
     * catalogue is written by {@link #flush}.
     */
    public Stored put(NewDocument document) throws IOException {
        Stored stored;
        synchronized (lock) {
            Entry existing = entries.get(document.id());
            if (existing != null && existing.current()) {
                return new Stored(existing.info(), null, true);
            }
            String previousId = currentByPath.get(document.path());
            DocumentInfo previous = previousId == null ? null : entries.get(previousId).info();
            DocumentInfo info = new DocumentInfo(document.id(), document.title(), document.path(),
                    document.language(), document.bytes(), document.outlet(), document.date(), nextImportTime(),
                    document.url(), previous == null ? null : previous.id());
            workspace.writeAtomically(file(info.id()), DocumentCodec.document(info, document.text()));
            if (previous != null) {
                entries.put(previous.id(), new Entry(previous, false));
            }
            entries.remove(info.id());
            entries.put(info.id(), new Entry(info, true));
            currentByPath.put(info.path(), info.id());
            dirty = true;
            if (existing != null) {
                // An earlier version back again: its file was rewritten, which starting cannot tell from the
                // file names, so the catalogue must say it now.
                writeCatalogue();
            }
            stored = new Stored(info, previous, false);
        }
        for (DocumentListener listener : listeners) {
            if (stored.previous() == null) {
                tell(listener, () -> listener.added(stored.document()));
            } else {
                tell(listener, () -> listener.replaced(stored.previous(), stored.document()));
            }
        }
        return stored;
    }

    /** Writes the catalogue if documents were stored since it was last written. */
    public void flush() throws IOException {
        synchronized (lock) {
            if (dirty) {
                writeCatalogue();
            }
        }
    }

    private void writeCatalogue() throws IOException {
        workspace.writeAtomically(folder.resolve(CATALOGUE), DocumentCodec.catalogue(entries.values()));
        dirty = false;
    }

    private Instant nextImportTime() {
        Instant now = clock.instant();
        lastImported = now.isAfter(lastImported) ? now : lastImported.plusNanos(1_000);
        return lastImported;
    }

    private Path file(String id) {
        if (!DocumentIds.isId(id)) {
            throw new IllegalArgumentException("not a document id: " + id);
        }
        return folder.resolve(id + SUFFIX);
    }

    private void tell(DocumentListener listener, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("Document listener {} failed", listener.getClass().getName(), e);
        }
    }

    private void load() throws IOException {
        Set<String> files = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(path); // left by a write the process did not live to finish
                } else if (name.endsWith(SUFFIX) && DocumentIds.isId(name.substring(0, name.length() - SUFFIX.length()))) {
                    files.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
        }
        boolean repaired = false;
        Path catalogue = folder.resolve(CATALOGUE);
        if (Files.exists(catalogue)) {
            try {
                for (Entry entry : DocumentCodec.readCatalogue(Files.readAllBytes(catalogue))) {
                    entries.put(entry.info().id(), entry);
                }
            } catch (IOException e) {
                log.warn("The document catalogue is unreadable ({}); rebuilding it from the document files",
                        e.getMessage());
                entries.clear();
                repaired = true;
            }
        }
        repaired |= entries.keySet().retainAll(files);
        List<DocumentInfo> unlisted = new ArrayList<>();
        for (String id : files) {
            if (!entries.containsKey(id)) {
                try {
                    unlisted.add(DocumentCodec.readInfo(Files.readAllBytes(file(id))));
                } catch (IOException e) {
                    log.warn("Document file {} is unreadable and left aside: {}", file(id), e.getMessage());
                }
            }
        }
        for (Entry entry : entries.values()) {
            if (entry.current()) {
                currentByPath.put(entry.info().path(), entry.info().id());
            }
            if (entry.info().imported().isAfter(lastImported)) {
                lastImported = entry.info().imported();
            }
        }
        unlisted.sort(Comparator.comparing(DocumentInfo::imported));
        for (DocumentInfo info : unlisted) {
            adopt(info);
            repaired = true;
        }
        if (repaired) {
            dirty = true;
            writeCatalogue();
        }
    }

    /** Takes in a document file the catalogue does not list: current unless its source has a later version. */
    private void adopt(DocumentInfo info) {
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
        if (info.imported().isAfter(lastImported)) {
            lastImported = info.imported();
        }
    }
}
