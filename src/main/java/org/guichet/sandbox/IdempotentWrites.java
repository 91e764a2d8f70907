package org.guichet.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Runs a write once per Idempotency-Key. Called inside the write transaction that does the work,
 * so two retries racing each other are serialized by SQLite: the second sees the first's result.
 * Failed writes roll back and leave no trace, so their retries are evaluated again.
 */
final class IdempotentWrites {
    private IdempotentWrites() {
    }

    static JsonResponse once(Connection connection, String operation, String key, String canonicalRequest,
                             SqlWork<JsonResponse> write) throws SQLException {
        String requestHash = sha256(canonicalRequest);
        Optional<IdempotencyStore.Remembered> remembered = IdempotencyStore.find(connection, operation, key);
        if (remembered.isPresent()) {
            if (!remembered.get().requestHash().equals(requestHash)) {
                throw new ProblemException(ProblemCode.IDEMPOTENCY_CONFLICT,
                        "this Idempotency-Key was first sent with another body");
            }
            return remembered.get().response();
        }
        JsonResponse response = write.run(connection);
        IdempotencyStore.remember(connection, operation, key, requestHash, response);
        return response;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
