package org.guichet.feedback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.guichet.storage.Database;

/** Reads the sandbox gateway's own database, to count what it really stored. */
final class GatewayRows {
    private GatewayRows() {
    }

    static int count(Path gatewayDirectory, String table) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + gatewayDirectory.resolve(Database.FILE_NAME));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opinions stored more than once: rows minus distinct answers, told apart by their comment. */
    static int duplicates(Path gatewayDirectory) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + gatewayDirectory.resolve(Database.FILE_NAME));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT COUNT(*) - COUNT(DISTINCT verbatim) FROM sandbox_feedback")) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
