package org.guichet.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The remembered results of successful writes, by operation and Idempotency-Key. */
final class IdempotencyStore {
    record Remembered(String requestHash, JsonResponse response) {
    }

    private IdempotencyStore() {
    }

    static Optional<Remembered> find(Connection connection, String operation, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_hash, status, body FROM sandbox_idempotency WHERE operation = ? AND key = ?")) {
            select.setString(1, operation);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Remembered(row.getString(1), new JsonResponse(row.getInt(2), row.getString(3))))
                        : Optional.empty();
            }
        }
    }

    static void remember(Connection connection, String operation, String key, String requestHash,
                         JsonResponse response) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sandbox_idempotency (operation, key, request_hash, status, body) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, operation);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setInt(4, response.status());
            insert.setString(5, response.body());
            insert.executeUpdate();
        }
    }
}
