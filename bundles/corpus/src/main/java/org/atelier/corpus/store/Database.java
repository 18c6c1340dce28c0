package org.atelier.corpus.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database of the store: one connection that writes, in a transaction always open (the store commits
 * it in groups), and a few that read, which in write-ahead-log mode see the last commit and never wait for the
 * writer. The driver is used through its data source rather than {@code DriverManager}, which finds drivers
 * through the caller's class loader and so not across bundles.
 */
final class Database implements AutoCloseable {
    /** Readers kept open; more threads reading at once than this open and close their own. */
    private static final int READERS = 4;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final SQLiteDataSource source;
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private Database(SQLiteDataSource source, Connection writer) {
        this.source = source;
        this.writer = writer;
    }

    static Database open(Path file) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL syncs the log at every commit: a committed group survives a power cut, not only a killed process.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.setCacheSize(-65_536); // KiB: 64 MiB of pages per connection at most
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Connection writer = source.getConnection();
            try (Statement statement = writer.createStatement()) {
                DocumentRows.createSchema(statement);
            }
            writer.setAutoCommit(false);
            return new Database(source, writer);
        } catch (SQLException e) {
            throw new IOException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in the open write transaction; the caller holds the store's write lock. */
    <T> T write(Work<T> work) throws SQLException {
        return work.run(writer);
    }

    void commit() throws SQLException {
        writer.commit();
    }

    void rollback() {
        try {
            writer.rollback();
        } catch (SQLException e) {
            // nothing more to undo
        }
    }

    /** Runs {@code work} on a reading connection: it sees the last commit. */
    <T> T read(Work<T> work) throws SQLException {
        Connection connection = readers.poll();
        if (connection == null) {
            connection = source.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = true");
            }
        }
        try {
            return work.run(connection);
        } finally {
            if (!readers.offer(connection)) {
                connection.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            writer.rollback();
            writer.close();
        } catch (SQLException e) {
            // closing anyway
        }
        Connection reader;
        while ((reader = readers.poll()) != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
