package org.guichet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path home;

    @Test
    void aNewDatabaseIsBroughtToTheLatestVersionInWalMode() throws SQLException {
        try (Database database = Database.open(home)) {
            assertThat(Migrations.version(database.connection())).isEqualTo(Migrations.latestVersion());
            assertThat(pragma(database.connection(), "journal_mode")).isEqualTo("wal");
            assertThat(tableExists(database.connection(), "settings")).isTrue();
        }
    }

    @Test
    void reopeningKeepsDataAndAppliesNothingTwice() throws SQLException {
        try (Database database = Database.open(home)) {
            database.connection().createStatement().execute("INSERT INTO settings(key, value) VALUES ('theme', 'DARK')");
        }
        try (Database database = Database.open(home)) {
            try (ResultSet rows = database.connection().createStatement().executeQuery("SELECT value FROM settings")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("DARK");
            }
            assertThat(Migrations.version(database.connection())).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void anOlderDatabaseIsUpgradedFromWhereItStopped() throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + home.resolve(Database.FILE_NAME))) {
            raw.createStatement().execute("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)");
            raw.createStatement().execute("INSERT INTO settings(key, value) VALUES ('language', 'en')");
            raw.createStatement().execute("PRAGMA user_version = 1");
        }
        try (Database database = Database.open(home)) {
            assertThat(Migrations.version(database.connection())).isEqualTo(Migrations.latestVersion());
            try (ResultSet rows = database.connection().createStatement().executeQuery("SELECT value FROM settings")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("en");
            }
        }
    }

    @Test
    void aDatabaseFromANewerAppIsRefusedInsteadOfDamaged() throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + home.resolve(Database.FILE_NAME))) {
            raw.createStatement().execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        }
        assertThatThrownBy(() -> Database.open(home)).isInstanceOf(StorageException.class)
                .hasRootCauseMessage("Database version " + (Migrations.latestVersion() + 1) + " is newer than this app ("
                        + Migrations.latestVersion() + ")");
    }

    @Test
    void everyMigrationFileIsNumberedInOrder() {
        for (int i = 0; i < Migrations.FILES.size(); i++) {
            assertThat(Migrations.FILES.get(i)).startsWith(String.format("%03d-", i + 1));
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.getString(1);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
