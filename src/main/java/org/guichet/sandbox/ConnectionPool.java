package org.guichet.sandbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/**
 * A few connections to the sandbox's own database, one per request thread. SQLite, not this class,
 * keeps writers apart: {@link #inWriteTransaction} takes the database's write lock up front
 * (BEGIN IMMEDIATE), so a check and the write that depends on it cannot interleave with another
 * connection's.
 */
final class ConnectionPool implements AutoCloseable {
    private static final long BORROW_TIMEOUT_SECONDS = 30;

    private final List<Database> all;
    private final BlockingQueue<Database> idle;

    private ConnectionPool(List<Database> all) {
        this.all = all;
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    /** Opened one after the other: the first open applies the migrations. */
    static ConnectionPool open(Path directory, int size) {
        List<Database> databases = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            databases.add(Database.open(directory));
        }
        return new ConnectionPool(List.copyOf(databases));
    }

    <T> T read(SqlWork<T> work) {
        return withConnection(work);
    }

    /** Commits when {@code work} returns; rolls back when it throws anything. */
    <T> T inWriteTransaction(SqlWork<T> work) {
        return withConnection(connection -> {
            execute(connection, "BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                execute(connection, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
        });
    }

    /** Leaves the connection out of any transaction, so the next borrower starts clean. */
    private static void rollback(Connection connection, Exception cause) {
        try {
            execute(connection, "ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        Database database = borrow();
        try {
            return work.run(database.connection());
        } catch (SQLException e) {
            throw new StorageException("Sandbox gateway storage failed", e);
        } finally {
            idle.add(database);
        }
    }

    private Database borrow() {
        try {
            Database database = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (database == null) {
                throw new StorageException("No sandbox database connection free", null);
            }
            return database;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a sandbox database connection", e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() {
        all.forEach(Database::close);
    }
}
