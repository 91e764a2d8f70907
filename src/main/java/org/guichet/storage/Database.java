package org.guichet.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The app's SQLite database: one file in the data home, WAL journal, schema brought to the latest
 * migration on open. Callers use it from background threads only.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "guichet.db";

    private final Connection connection;

    private Database(Connection connection) {
        this.connection = connection;
    }

    public static Database open(Path home) {
        try {
            Files.createDirectories(home);
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + home.resolve(FILE_NAME));
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA foreign_keys=ON");
                statement.execute("PRAGMA busy_timeout=5000");
            }
            Migrations.apply(connection);
            return new Database(connection);
        } catch (java.io.IOException | SQLException e) {
            throw new StorageException("Cannot open the database in " + home, e);
        }
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Cannot close the database", e);
        }
    }
}
