package org.guichet.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.storage.StorageException;

/**
 * The {@code feedback_outbox} table (migration 004) through one connection; times are epoch
 * milliseconds. Methods are synchronized because the connection is shared by the caller's threads
 * and the sender's; other connections to the same file are kept apart by SQLite itself.
 */
final class OutboxTable {
    private static final String ITEM_COLUMNS = "id, kind, subject_kind, subject_id, status, created_at, attempts,"
            + " next_attempt_at, sent_at, failure_code";

    private final Connection connection;

    OutboxTable(Connection connection) {
        this.connection = connection;
    }

    synchronized OutboxItem insert(OutboxKind kind, FeedbackSubject subject, String body, IdempotencyKey key,
                                   Instant now) {
        return run(() -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback_outbox (kind,"
                    + " subject_kind, subject_id, body, idempotency_key, status, created_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, kind.storedName());
                insert.setString(2, subject.kindName());
                insert.setString(3, subject.id());
                insert.setString(4, body);
                insert.setString(5, key.value());
                insert.setLong(6, now.toEpochMilli());
                insert.setLong(7, now.toEpochMilli());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return find(keys.getLong(1));
                }
            }
        });
    }

    /** Newest first. */
    synchronized List<OutboxItem> items() {
        return run(() -> {
            try (Statement select = connection.createStatement();
                 ResultSet rows = select.executeQuery(
                         "SELECT " + ITEM_COLUMNS + " FROM feedback_outbox ORDER BY created_at DESC, id DESC")) {
                List<OutboxItem> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(item(rows));
                }
                return List.copyOf(items);
            }
        });
    }

    /**
     * The oldest pending row due at {@code now} and not claimed, claimed until {@code now + lease}.
     * Select and claim share one write transaction (BEGIN IMMEDIATE), so two connections never
     * claim the same row.
     */
    synchronized Optional<PendingSend> claimNextDue(Instant now, Duration lease) {
        return run(() -> inWriteTransaction(() -> {
            Optional<PendingSend> due;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, kind, body, idempotency_key, failures_in_row FROM feedback_outbox"
                            + " WHERE status = 'pending' AND next_attempt_at <= ?1"
                            + " AND (claimed_until IS NULL OR claimed_until <= ?1) ORDER BY id LIMIT 1")) {
                select.setLong(1, now.toEpochMilli());
                try (ResultSet row = select.executeQuery()) {
                    due = row.next()
                            ? Optional.of(new PendingSend(row.getLong(1), OutboxKind.ofStoredName(row.getString(2)),
                                    row.getString(3), new IdempotencyKey(row.getString(4)), row.getInt(5)))
                            : Optional.empty();
                }
            }
            if (due.isPresent()) {
                update("UPDATE feedback_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ?",
                        now.plus(lease).toEpochMilli(), due.get().id());
            }
            return due;
        }));
    }

    /** The text is dropped once the gateway has it. */
    synchronized void markSent(long id, String receiptId, Instant now) {
        update("UPDATE feedback_outbox SET status = 'sent', sent_at = ?, receipt_id = ?, body = NULL,"
                + " claimed_until = NULL WHERE id = ? AND status = 'pending'", now.toEpochMilli(), receiptId, id);
    }

    synchronized void retryAt(long id, Instant nextAttempt) {
        update("UPDATE feedback_outbox SET claimed_until = NULL, failures_in_row = failures_in_row + 1,"
                + " next_attempt_at = ? WHERE id = ? AND status = 'pending'", nextAttempt.toEpochMilli(), id);
    }

    synchronized void markFailed(long id, String failureCode) {
        update("UPDATE feedback_outbox SET status = 'failed', failure_code = ?, claimed_until = NULL"
                + " WHERE id = ? AND status = 'pending'", failureCode, id);
    }

    /** Returns how many rows were waiting. */
    synchronized int resetBackoff(Instant now) {
        return update("UPDATE feedback_outbox SET failures_in_row = 0, next_attempt_at = ?1"
                + " WHERE status = 'pending' AND (failures_in_row > 0 OR next_attempt_at > ?1)", now.toEpochMilli());
    }

    synchronized int deleteAll() {
        return update("DELETE FROM feedback_outbox");
    }

    /** When the earliest pending row is due and unclaimed; empty when none is pending. */
    synchronized Optional<Instant> nextDueAt() {
        return run(() -> {
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT MIN(MAX(next_attempt_at, COALESCE(claimed_until, 0)))"
                         + " FROM feedback_outbox WHERE status = 'pending'")) {
                return instant(row, 1);
            }
        });
    }

    private OutboxItem find(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ITEM_COLUMNS + " FROM feedback_outbox WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return item(row);
            }
        }
    }

    private static OutboxItem item(ResultSet row) throws SQLException {
        OutboxStatus status = OutboxStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT));
        SubjectKind subjectKind = SubjectKind.valueOf(row.getString("subject_kind").toUpperCase(Locale.ROOT));
        return new OutboxItem(
                row.getLong("id"),
                OutboxKind.ofStoredName(row.getString("kind")),
                new FeedbackSubject(subjectKind, row.getString("subject_id")),
                status,
                Instant.ofEpochMilli(row.getLong("created_at")),
                row.getInt("attempts"),
                status == OutboxStatus.PENDING ? instant(row, row.findColumn("next_attempt_at")) : Optional.empty(),
                instant(row, row.findColumn("sent_at")),
                Optional.ofNullable(row.getString("failure_code")));
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private int update(String sql, Object... parameters) {
        return run(() -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private <T> T inWriteTransaction(SqlWork<T> work) throws SQLException {
        execute("BEGIN IMMEDIATE");
        try {
            T result = work.run();
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static <T> T run(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StorageException("Feedback outbox storage failed", e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
