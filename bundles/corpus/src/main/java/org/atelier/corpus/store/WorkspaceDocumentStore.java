package org.atelier.corpus.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentListener;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.DocumentStore;
import org.atelier.api.corpus.UnreadableDocument;
import org.atelier.api.corpus.UnreadableDocumentException;
import org.atelier.api.workspace.Workspace;
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
 * The documents, in one SQLite database of the workspace area {@value #AREA} ({@value #DATABASE}): the
 * metadata in a compact table with indexes for every order a page can take, the texts in a table of their own so
 * that listing never reads them. Opening costs the same for five documents as for millions: nothing is read
 * until asked.
 *
 * <p>Writes are committed in groups: {@link #put} adds a document to the open transaction, which is committed,
 * with one sync of the write-ahead log, when {@value #GROUP_SIZE} documents wait, when the oldest has waited
 * {@value #GROUP_MILLIS} ms, or at {@link #flush}. A document is acknowledged, and its listeners told, once its
 * group is committed; {@code synchronous=FULL} makes a committed group survive a crash of the process or of the
 * machine. A removal commits at once.
 *
 * <p>A workspace written by the store of format 1 (one JSON file per document and a catalogue) is migrated on
 * first start, in one transaction, and its folder kept beside as {@value #MIGRATED} until the analyst removes it.
 */
@Component(service = {DocumentStore.class, WorkspaceDocumentStore.class})
public class WorkspaceDocumentStore implements DocumentStore {
    public static final String AREA = "corpus";
    static final String DATABASE = "documents.db";
    /** Where format 1 kept the documents, relative to the workspace. */
    static final String LEGACY_AREA = "documents";
    static final String MIGRATED = "documents.migrated";
    static final int GROUP_SIZE = 1000;
    static final long GROUP_MILLIS = 1000;

    private final Logger log;
    private final Clock clock;
    private final Database database;
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();

    /** Guards the write connection, its open transaction and what waits in it. */
    private final Object writeLock = new Object();
    private final List<Stored> pending = new ArrayList<>();
    private long pendingSince;
    /** Import times only grow, so that they order versions even within one clock tick. */
    private Instant lastImported;
    /** Groups committed and groups lost to a failed write, so that a writer can tell what became of its own. */
    private volatile long commits;
    private volatile long losses;

    @Activate
    public WorkspaceDocumentStore(@Reference Workspace workspace,
            @Reference(service = LoggerFactory.class) Logger log) throws IOException {
        this(workspace, log, Clock.systemUTC());
    }

    WorkspaceDocumentStore(Workspace workspace, Logger log, Clock clock) throws IOException {
        this.log = log;
        this.clock = clock;
        this.database = Database.open(workspace.area(AREA).resolve(DATABASE));
        try {
            lastImported = database.read(DocumentRows::lastImported);
            migrate(workspace.root());
        } catch (SQLException | IOException | RuntimeException e) {
            database.close();
            throw e instanceof IOException io ? io : new IOException("cannot open the document store: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void close() {
        try {
            flush();
        } catch (IOException e) {
            log.warn("Could not commit the last documents: {}", e.getMessage());
        }
        database.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(DocumentListener listener) {
        listeners.add(listener);
    }

    void removeListener(DocumentListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void forEach(Consumer<DocumentInfo> action) {
        // Page by page, each page a short read: a walk of a million documents holds no transaction open for
        // long, which would keep the write-ahead log from being checkpointed while an import goes on.
        long afterSeq = 0;
        while (true) {
            long from = afterSeq;
            List<DocumentRows.Row> rows = query(c -> DocumentRows.currentAfter(c, from, 1000));
            for (DocumentRows.Row row : rows) {
                action.accept(row.info());
            }
            if (rows.size() < 1000) {
                return;
            }
            afterSeq = rows.get(rows.size() - 1).seq();
        }
    }

    @Override
    public long count() {
        return query(DocumentRows::countCurrent);
    }

    @Override
    public DocumentPage page(DocumentQuery query) {
        return query(c -> DocumentRows.page(c, query));
    }

    @Override
    public Optional<DocumentInfo> info(String id) {
        if (!DocumentIds.isId(id)) {
            return Optional.empty();
        }
        return query(c -> DocumentRows.byId(c, id)).map(DocumentRows.Row::info);
    }

    @Override
    public boolean isCurrent(String id) {
        return DocumentIds.isId(id) && query(c -> DocumentRows.byId(c, id)).map(DocumentRows.Row::current).orElse(false);
    }

    @Override
    public Optional<Document> get(String id) {
        if (!DocumentIds.isId(id)) {
            return Optional.empty();
        }
        try {
            return database.read(c -> DocumentRows.document(c, id));
        } catch (SQLException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            markUnreadable(id, reason);
            throw new UnreadableDocumentException(id, reason, e);
        }
    }

    @Override
    public Optional<DocumentInfo> resolve(String idOrPrefix) {
        String prefix = idOrPrefix.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        List<DocumentInfo> matches = query(c -> DocumentRows.byPrefix(c, prefix, 4));
        if (matches.size() > 1 && !matches.get(0).id().equals(prefix)) {
            throw new IllegalArgumentException("id prefix '" + idOrPrefix + "' names " + (matches.size() > 3 ? "more than 3" : matches.size())
                    + " documents (" + String.join(", ", matches.stream().limit(3).map(DocumentInfo::id).toList())
                    + (matches.size() > 3 ? ", ..." : "") + "); type more of the id");
        }
        return matches.stream().findFirst();
    }

    @Override
    public boolean remove(String id) {
        if (!DocumentIds.isId(id)) {
            return false;
        }
        DocumentInfo removed;
        boolean wasCurrent;
        List<Stored> committed;
        synchronized (writeLock) {
            try {
                Optional<DocumentRows.Row> row = database.write(c -> DocumentRows.byId(c, id));
                if (row.isEmpty()) {
                    return false;
                }
                removed = row.get().info();
                wasCurrent = row.get().current();
                database.write(c -> {
                    DocumentRows.delete(c, row.get().seq());
                    return null;
                });
                committed = commitLocked();
            } catch (SQLException e) {
                rollbackLocked();
                throw new UncheckedIOException(new IOException("cannot remove document " + id + ": " + e.getMessage(), e));
            }
        }
        announce(committed);
        if (wasCurrent) {
            for (DocumentListener listener : listeners) {
                tell(listener, () -> listener.removed(removed));
            }
        }
        return true;
    }

    @Override
    public List<UnreadableDocument> unreadable() {
        return query(DocumentRows::unreadable);
    }

    /**
     * Adds {@code document} to the open group unless the same text is already current at its path. The same text
     * current from another path takes this path among its {@code duplicates} instead. A document at the path of a
     * current one is a new version of that source: it supersedes it, unless the earlier text is still found at one
     * of its further paths, where it then stays. Durable, and told to listeners (duplicates aside), when its group
     * is committed: at the latest by {@link #flush}.
     */
    public Stored put(NewDocument document) throws IOException {
        List<Stored> committed = List.of();
        Stored stored;
        synchronized (writeLock) {
            try {
                stored = database.write(c -> putLocked(c, document));
                if (!stored.unchanged()) {
                    if (pending.isEmpty()) {
                        pendingSince = System.nanoTime();
                    }
                    pending.add(stored);
                    if (pending.size() >= GROUP_SIZE
                            || System.nanoTime() - pendingSince >= GROUP_MILLIS * 1_000_000) {
                        committed = commitLocked();
                    }
                }
            } catch (SQLException e) {
                throw failed("cannot store " + document.path(), e);
            }
        }
        announce(committed);
        return stored;
    }

    /** Commits the open group, durably, and tells its listeners. */
    public void flush() throws IOException {
        List<Stored> committed;
        synchronized (writeLock) {
            try {
                committed = commitLocked();
            } catch (SQLException e) {
                throw failed("cannot commit the documents", e);
            }
        }
        announce(committed);
    }

    /** A failed write loses its whole group: the connection is rolled back so that the next group starts clean. */
    private IOException failed(String what, SQLException e) {
        rollbackLocked();
        return new IOException(what + ": " + e.getMessage(), e);
    }

    private Stored putLocked(Connection c, NewDocument document) throws SQLException {
        Optional<DocumentRows.Row> existing = DocumentRows.byId(c, document.id());
        if (existing.isPresent() && existing.get().current()) {
            DocumentInfo stored = existing.get().info();
            if (stored.path().equals(document.path()) || stored.duplicates().contains(document.path())) {
                return new Stored(stored, null, true);
            }
            // The same text at another path is one document found twice, as Datashare shows duplicates.
            DocumentRows.releaseDuplicate(c, document.path());
            DocumentRows.addDuplicate(c, existing.get().seq(), document.path());
            DocumentInfo withPath = DocumentRows.byId(c, document.id()).orElseThrow().info();
            return new Stored(withPath, null, false, true);
        }
        Optional<DocumentRows.Row> previous = DocumentRows.currentAt(c, document.path());
        if (previous.isPresent() && !previous.get().info().duplicates().isEmpty()) {
            // Its text is still found at its first further path: it stays current there, and the new text
            // stands on its own rather than superseding a document that is still in the corpus.
            String stillAt = previous.get().info().duplicates().get(0);
            if (DocumentRows.currentAt(c, stillAt).isEmpty()) {
                DocumentRows.moveTo(c, previous.get().seq(), stillAt);
                previous = Optional.empty();
            }
        }
        DocumentRows.releaseDuplicate(c, document.path());
        DocumentInfo info = new DocumentInfo(document.id(), document.title(), document.path(), document.language(),
                document.bytes(), document.outlet(), document.date(), nextImportTime(), document.url(),
                previous.map(p -> p.info().id()).orElse(null), document.parent(), List.of(), document.metadata(),
                document.pages().size());
        if (existing.isPresent()) {
            // An earlier version back again: it takes its place at the end of the import order.
            DocumentRows.delete(c, existing.get().seq());
        }
        if (previous.isPresent()) {
            DocumentRows.markSuperseded(c, previous.get().seq());
        }
        DocumentRows.insert(c, info, true, document.text(), document.pages());
        return new Stored(info, previous.map(DocumentRows.Row::info).orElse(null), false);
    }

    /**
     * How many groups were committed, and lost, since opening: a writer whose documents wait in the open group
     * knows them acknowledged once commits grow, and lost if losses grow first.
     */
    public GroupCount groups() {
        synchronized (writeLock) {
            return new GroupCount(commits, losses);
        }
    }

    /** See {@link #groups()}. */
    public record GroupCount(long commits, long losses) {}

    private List<Stored> commitLocked() throws SQLException {
        database.commit();
        commits++;
        List<Stored> committed = List.copyOf(pending);
        pending.clear();
        return committed;
    }

    private void rollbackLocked() {
        database.rollback();
        losses++;
        if (!pending.isEmpty()) {
            log.warn("{} documents not yet committed were lost with a failed write", pending.size());
        }
        pending.clear();
        try {
            lastImported = database.read(DocumentRows::lastImported);
        } catch (SQLException e) {
            // keep the last known time: import times still grow
        }
    }

    private void announce(List<Stored> committed) {
        for (Stored stored : committed) {
            if (stored.duplicate()) {
                continue; // one more path of a document the listeners know: nothing of it to index anew
            }
            for (DocumentListener listener : listeners) {
                if (stored.previous() == null) {
                    tell(listener, () -> listener.added(stored.document()));
                } else {
                    tell(listener, () -> listener.replaced(stored.previous(), stored.document()));
                }
            }
        }
    }

    /**
     * Records, durably, that a document cannot be read. The commit takes the open group with it, whose documents
     * are then told as any committed group's; a failed record leaves the group as it was.
     */
    private void markUnreadable(String id, String reason) {
        List<Stored> committed = List.of();
        synchronized (writeLock) {
            try {
                database.write(c -> {
                    DocumentRows.markUnreadable(c, id, reason);
                    return null;
                });
                committed = commitLocked();
            } catch (SQLException e) {
                log.warn("Could not record that document {} is unreadable: {}", id, e.getMessage());
            }
        }
        announce(committed);
    }

    private Instant nextImportTime() {
        Instant now = clock.instant();
        lastImported = lastImported == null || now.isAfter(lastImported) ? now : lastImported.plusNanos(1_000);
        return lastImported;
    }

    private <T> T query(Database.Work<T> work) {
        try {
            return database.read(work);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot read the document store: " + e.getMessage(), e));
        }
    }

    private void tell(DocumentListener listener, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("Document listener {} failed", listener.getClass().getName(), e);
        }
    }

    /**
     * Moves a store of format 1 into the database, all in one transaction: a crash during it leaves the old
     * folder as it was and the database empty, and the next start begins again.
     */
    private void migrate(Path root) throws IOException, SQLException {
        Path legacy = root.resolve(LEGACY_AREA);
        if (!LegacyFolderStore.isPresent(legacy)) {
            return;
        }
        if (database.read(DocumentRows::countAll) == 0) {
            LegacyFolderStore old = LegacyFolderStore.open(legacy);
            synchronized (writeLock) {
                try {
                    int moved = 0;
                    for (DocumentCodec.Entry entry : old.entries()) {
                        String text;
                        try {
                            text = old.text(entry.info().id());
                        } catch (IOException e) {
                            String reason = e.getMessage();
                            database.write(c -> {
                                DocumentRows.markUnreadable(c, entry.info().id(), entry.info().path(), reason);
                                return null;
                            });
                            continue;
                        }
                        database.write(c -> {
                            DocumentRows.insert(c, entry.info(), entry.current(), text);
                            return null;
                        });
                        moved++;
                    }
                    for (LegacyFolderStore.Unreadable unreadable : old.unreadable()) {
                        database.write(c -> {
                            DocumentRows.markUnreadable(c, unreadable.id(), null, unreadable.reason());
                            return null;
                        });
                    }
                    commitLocked();
                    lastImported = database.read(DocumentRows::lastImported);
                    log.info("Moved {} documents of {} into {}", moved, legacy, DATABASE);
                } catch (SQLException | RuntimeException e) {
                    rollbackLocked();
                    throw e;
                }
            }
        }
        Path aside = root.resolve(MIGRATED);
        if (!Files.exists(aside)) {
            Files.move(legacy, aside);
            log.info("The documents of the earlier store format are kept in {}; it can be removed", aside);
        }
    }
}
