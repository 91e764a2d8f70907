package org.guichet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations. Migration N is the N-th file of {@link #FILES}; the database's
 * {@code user_version} records the last one applied. Files are never edited once shipped: add one.
 */
public final class Migrations {

    static final List<String> FILES = List.of(
            "001-settings.sql",
            "002-directory.sql",
            "003-sandbox-gateway.sql",
            "004-procedure-checklists.sql",
            "005-feedback-outbox.sql",
            "006-sandbox-feedback.sql",
            "007-appointments.sql",
            "008-directory-favourites.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    static void apply(Connection connection) throws SQLException {
        int current = version(connection);
        if (current > latestVersion()) {
            throw new SQLException("Database version " + current + " is newer than this app (" + latestVersion() + ")");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            applyOne(connection, version);
        }
    }

    public static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    private static void applyOne(Connection connection, int version) throws SQLException {
        String script = read(FILES.get(version - 1));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*(\\R|$)")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Migration " + FILES.get(version - 1) + " failed", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + file, e);
        }
    }
}
