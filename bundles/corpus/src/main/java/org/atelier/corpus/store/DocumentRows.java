package org.atelier.corpus.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atelier.api.corpus.Document;
import org.atelier.api.corpus.DocumentInfo;
import org.atelier.api.corpus.DocumentPage;
import org.atelier.api.corpus.DocumentQuery;
import org.atelier.api.corpus.UnreadableDocument;

/**
 * The tables of the store and the statements on them.
 *
 * <p>{@code documents} holds the metadata, one row per stored version, {@code seq} giving the import order;
 * {@code texts} holds the texts by the same {@code seq}, apart, so that scanning metadata never pages through
 * texts. Each order a page can take has a partial index over the current documents, with {@code seq} last so
 * that pages continue from a cursor (keyset paging: the cost of a page does not grow with how deep it is).
 * {@code duplicates} holds the further paths at which a document's text was found, by its {@code seq}, in import
 * order ({@code position}), indexed by path so that a path is found whichever document holds it.
 *
 * <p>Schema 2 added the parent, the metadata (JSON) and the page count to {@code documents}, the page starts
 * (JSON) to {@code texts}, and the {@code duplicates} table; a database of schema 1 is migrated on opening.
 */
final class DocumentRows {
    static final int SCHEMA = 2;

    /** The duplicate paths of the row, in import order, as a JSON array. */
    private static final String DUPLICATES = "(SELECT json_group_array(u.path ORDER BY u.position)"
            + " FROM duplicates u WHERE u.seq = d.seq) AS duplicate_paths";
    private static final String COLUMNS =
            "d.seq, d.id, d.title, d.path, d.language, d.bytes, d.outlet, d.date, d.imported, d.url, d.supersedes,"
                    + " d.current, d.parent, d.metadata, d.pages, " + DUPLICATES;

    /** A stored version and where it stands. */
    record Row(long seq, DocumentInfo info, boolean current) {}

    private DocumentRows() {}

    /**
     * Creates the tables, or brings those of an earlier schema up to this one, unless they are current: a store
     * opened on them only reads, and waits for no writer. All in one transaction, so that a crash midway leaves
     * the earlier schema whole and the next start begins again.
     */
    static void createSchema(Statement s) throws SQLException {
        int version;
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        if (version == SCHEMA) {
            return;
        }
        if (version > SCHEMA) {
            throw new SQLException("the database is of schema " + version + ", written by a later Atelier; this one"
                    + " reads up to schema " + SCHEMA);
        }
        s.execute("BEGIN IMMEDIATE");
        try {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS documents (
                      seq INTEGER PRIMARY KEY,
                      id TEXT NOT NULL UNIQUE,
                      title TEXT, title_key TEXT NOT NULL, path TEXT NOT NULL, language TEXT, bytes INTEGER NOT NULL,
                      outlet TEXT, date TEXT, date_key TEXT NOT NULL, imported TEXT NOT NULL, url TEXT,
                      supersedes TEXT, current INTEGER NOT NULL)""");
            s.execute("CREATE TABLE IF NOT EXISTS texts (seq INTEGER PRIMARY KEY, text TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS unreadable (id TEXT PRIMARY KEY, path TEXT, reason TEXT NOT NULL)");
            // Schema 2: on a new database as on one of schema 1, whose tables the statements above left as they were.
            addColumn(s, "documents", "parent", "TEXT");
            addColumn(s, "documents", "metadata", "TEXT");
            addColumn(s, "documents", "pages", "INTEGER NOT NULL DEFAULT 0");
            addColumn(s, "texts", "page_starts", "TEXT");
            s.execute("CREATE TABLE IF NOT EXISTS duplicates (seq INTEGER NOT NULL, position INTEGER NOT NULL,"
                    + " path TEXT NOT NULL, PRIMARY KEY (seq, position))");
            s.execute("CREATE INDEX IF NOT EXISTS duplicates_by_path ON duplicates (path)");
            s.execute("CREATE UNIQUE INDEX IF NOT EXISTS current_by_path ON documents (path) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_seq ON documents (seq) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_date ON documents (date_key, seq) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_title ON documents (title_key, seq) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_outlet ON documents (outlet, seq) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_language ON documents (language, seq) WHERE current = 1");
            s.execute("CREATE INDEX IF NOT EXISTS current_by_parent ON documents (parent, seq) WHERE current = 1");
            s.execute("PRAGMA user_version = " + SCHEMA);
            s.execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            s.execute("ROLLBACK");
            throw e;
        }
    }

    /** {@code ALTER TABLE ADD COLUMN}, unless the table has the column already. */
    private static void addColumn(Statement s, String table, String column, String definition) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                if (r.getString("name").equals(column)) {
                    return;
                }
            }
        }
        s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + definition);
    }

    static Optional<Row> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM documents d WHERE d.id = ?")) {
            s.setString(1, id);
            return one(s);
        }
    }

    static Optional<Row> currentAt(Connection c, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM documents d WHERE d.path = ? AND d.current = 1")) {
            s.setString(1, path);
            return one(s);
        }
    }

    /** The current document of which {@code path} is one of the further paths, if any. */
    static Optional<Row> currentWithDuplicate(Connection c, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM documents d"
                + " WHERE d.current = 1 AND d.seq IN (SELECT seq FROM duplicates WHERE path = ?) LIMIT 1")) {
            s.setString(1, path);
            return one(s);
        }
    }

    static Optional<Document> document(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + ", t.text, t.page_starts FROM documents d LEFT JOIN texts t ON t.seq = d.seq WHERE d.id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String text = r.getString("text");
                if (text == null) {
                    throw new SQLException("its text is missing");
                }
                return Optional.of(new Document(row(r).info(), text, json(() -> StoredJson.readOffsets(
                        r.getString("page_starts")))));
            }
        }
    }

    /** Documents whose id starts with {@code prefix}, at most {@code limit}, the exact id first. */
    static List<DocumentInfo> byPrefix(Connection c, String prefix, int limit) throws SQLException {
        List<DocumentInfo> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM documents d WHERE d.id >= ? ORDER BY d.id LIMIT ?")) {
            s.setString(1, prefix);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    DocumentInfo info = row(r).info();
                    if (!info.id().startsWith(prefix)) {
                        break;
                    }
                    found.add(info);
                }
            }
        }
        return found;
    }

    static List<Row> currentAfter(Connection c, long seq, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM documents d WHERE d.current = 1 AND d.seq > ? ORDER BY d.seq LIMIT ?")) {
            s.setLong(1, seq);
            s.setInt(2, limit);
            return all(s);
        }
    }

    static long countCurrent(Connection c) throws SQLException {
        return single(c, "SELECT count(*) FROM documents WHERE current = 1");
    }

    static long countAll(Connection c) throws SQLException {
        return single(c, "SELECT count(*) FROM documents");
    }

    /**
     * The import time of the last version stored. Times are given in the order of {@code seq} and never go back,
     * so the last row holds it: one lookup by the primary key, where {@code max(imported)} would read every row.
     */
    static Instant lastImported(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT imported FROM documents ORDER BY seq DESC LIMIT 1")) {
            String last = r.next() ? r.getString(1) : null;
            return last == null ? null : Instant.parse(last);
        }
    }

    static void insert(Connection c, DocumentInfo info, boolean current, String text) throws SQLException {
        insert(c, info, current, text, List.of());
    }

    /** Inserts a version; its duplicate paths are added by {@link #addDuplicate}. */
    static void insert(Connection c, DocumentInfo info, boolean current, String text, List<Integer> pageStarts)
            throws SQLException {
        long seq;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO documents (id, title, title_key, path, language,"
                + " bytes, outlet, date, date_key, imported, url, supersedes, current, parent, metadata, pages)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, info.id());
            s.setString(2, info.title());
            s.setString(3, titleKey(info.title()));
            s.setString(4, info.path());
            s.setString(5, info.language());
            s.setLong(6, info.bytes());
            s.setString(7, info.outlet());
            s.setString(8, info.date());
            s.setString(9, dateKey(info.date()));
            s.setString(10, info.imported().toString());
            s.setString(11, info.url());
            s.setString(12, info.supersedes());
            s.setInt(13, current ? 1 : 0);
            s.setString(14, info.parent());
            s.setString(15, StoredJson.metadata(info.metadata()));
            s.setInt(16, info.pages());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO texts (seq, text, page_starts) VALUES (?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, text);
            s.setString(3, StoredJson.offsets(pageStarts));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM unreadable WHERE id = ?")) {
            s.setString(1, info.id());
            s.executeUpdate();
        }
    }

    /** Adds {@code path} after the duplicate paths the row has. */
    static void addDuplicate(Connection c, long seq, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO duplicates (seq, position, path)"
                + " SELECT ?, coalesce(max(position), 0) + 1, ? FROM duplicates WHERE seq = ?")) {
            s.setLong(1, seq);
            s.setString(2, path);
            s.setLong(3, seq);
            s.executeUpdate();
        }
    }

    /** Takes {@code path} off the duplicate paths of every document: the file there now holds another text. */
    static void releaseDuplicate(Connection c, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM duplicates WHERE path = ?")) {
            s.setString(1, path);
            s.executeUpdate();
        }
    }

    /** Makes {@code path}, one of the row's duplicate paths, its path. */
    static void moveTo(Connection c, long seq, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE documents SET path = ? WHERE seq = ?")) {
            s.setString(1, path);
            s.setLong(2, seq);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM duplicates WHERE seq = ? AND path = ?")) {
            s.setLong(1, seq);
            s.setString(2, path);
            s.executeUpdate();
        }
    }

    static void markSuperseded(Connection c, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE documents SET current = 0 WHERE seq = ?")) {
            s.setLong(1, seq);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, long seq) throws SQLException {
        for (String table : List.of("texts", "duplicates", "documents")) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE seq = ?")) {
                s.setLong(1, seq);
                s.executeUpdate();
            }
        }
    }

    static void markUnreadable(Connection c, String id, String reason) throws SQLException {
        markUnreadable(c, id, byId(c, id).map(r -> r.info().path()).orElse(null), reason);
    }

    static void markUnreadable(Connection c, String id, String path, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO unreadable (id, path, reason) VALUES (?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, path);
            s.setString(3, reason);
            s.executeUpdate();
        }
    }

    static List<UnreadableDocument> unreadable(Connection c) throws SQLException {
        List<UnreadableDocument> found = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, path, reason FROM unreadable ORDER BY id")) {
            while (r.next()) {
                found.add(new UnreadableDocument(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
        return found;
    }

    /** One page, continued from the query's cursor: the sort key and the {@code seq} of the last row shown. */
    static DocumentPage page(Connection c, DocumentQuery query) throws SQLException {
        String key = switch (query.sort()) {
            case IMPORTED -> "d.seq";
            case DATE -> "d.date_key";
            case TITLE -> "d.title_key";
        };
        String direction = query.descending() ? "DESC" : "ASC";
        StringBuilder filter = new StringBuilder(" WHERE d.current = 1");
        List<Object> filterValues = new ArrayList<>();
        if (query.outlet() != null) {
            filter.append(" AND d.outlet = ?");
            filterValues.add(query.outlet());
        }
        if (query.language() != null) {
            filter.append(" AND d.language = ?");
            filterValues.add(query.language());
        }
        if (query.parent() != null) {
            filter.append(" AND d.parent = ?");
            filterValues.add(query.parent());
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", " + key + " AS sort_key FROM documents d")
                .append(filter);
        List<Object> values = new ArrayList<>(filterValues);
        Cursor cursor = Cursor.decode(query.after());
        if (cursor != null) {
            String comparison = query.descending() ? "<" : ">";
            if (query.sort() == DocumentQuery.Sort.IMPORTED) {
                sql.append(" AND d.seq ").append(comparison).append(" ?");
                values.add(cursor.seq());
            } else {
                sql.append(" AND (").append(key).append(", d.seq) ").append(comparison).append(" (?, ?)");
                values.add(cursor.key());
                values.add(cursor.seq());
            }
        }
        sql.append(" ORDER BY ");
        if (query.sort() != DocumentQuery.Sort.IMPORTED) {
            sql.append(key).append(' ').append(direction).append(", ");
        }
        sql.append("d.seq ").append(direction).append(" LIMIT ?");
        values.add(query.limit() + 1);
        // Counted once, for the first page, and carried by the cursor: a walk through a million documents page
        // by page would otherwise count them all again at every page.
        long total = cursor != null ? cursor.total() : count(c, filter.toString(), filterValues);
        List<DocumentInfo> documents = new ArrayList<>();
        String next = null;
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                String lastShown = null;
                while (r.next()) {
                    if (documents.size() == query.limit()) {
                        next = lastShown; // one row more than the page: there is a next page
                        break;
                    }
                    Row row = row(r);
                    documents.add(row.info());
                    lastShown = new Cursor(r.getString("sort_key"), row.seq(), total).encode();
                }
            }
        }
        return new DocumentPage(documents, total, next);
    }

    private static long count(Connection c, String filter, List<Object> values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM documents d" + filter)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }

    /** Titles ordered as readers expect: case and accents aside. */
    static String titleKey(String title) {
        if (title == null) {
            return "";
        }
        return Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** Undated documents sort before the oldest: newest first, they come last. */
    static String dateKey(String date) {
        return date == null ? "" : date;
    }

    private static Optional<Row> one(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(row(r)) : Optional.empty();
        }
    }

    private static List<Row> all(PreparedStatement s) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(row(r));
            }
        }
        return rows;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        DocumentInfo info = new DocumentInfo(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getLong(6), r.getString(7), r.getString(8), Instant.parse(r.getString(9)), r.getString(10),
                r.getString(11), r.getString(13), json(() -> StoredJson.readStrings(r.getString(16))),
                json(() -> StoredJson.readMetadata(r.getString(14))), r.getInt(15));
        return new Row(r.getLong(1), info, r.getInt(12) == 1);
    }

    private interface JsonRead<T> {
        T read() throws IOException, SQLException;
    }

    /** A JSON column read back; one that does not parse makes the row unreadable, as a missing text does. */
    private static <T> T json(JsonRead<T> read) throws SQLException {
        try {
            return read.read();
        } catch (IOException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    /** Where a page ended (its last sort key and {@code seq}) and the total of the first page; opaque to callers. */
    record Cursor(String key, long seq, long total) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (seq + "\n" + total + "\n" + (key == null ? "" : key)).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
                String[] parts = decoded.split("\n", 3);
                return new Cursor(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("not a cursor of a document page: " + cursor);
            }
        }
    }
}
