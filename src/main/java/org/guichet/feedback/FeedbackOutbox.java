package org.guichet.feedback;

import com.google.gson.Gson;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.guichet.appointments.GatewayJson;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.domain.feedback.AnswerProblem;
import org.guichet.domain.feedback.AnswerRules;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.personaldata.PersonalDataGuard;
import org.guichet.domain.feedback.personaldata.PersonalDataMatch;
import org.guichet.i18n.Language;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/**
 * Opinions and document reports written to SQLite before anything is sent (table
 * {@code feedback_outbox}). Each row gets its idempotency key and its request body once, at write
 * time, so every retry, after a restart too, sends the very same request. {@link FeedbackSender}
 * delivers them; this class only keeps their state. Call it from background threads.
 */
public final class FeedbackOutbox {
    private static final System.Logger LOG = System.getLogger(FeedbackOutbox.class.getName());
    private static final String ITEM_COLUMNS = "id, kind, subject_kind, subject_id, status, created_at, attempts,"
            + " next_attempt_at, sent_at, failure_code";

    private final Connection connection;
    private final Clock clock;
    private final Gson gson = GatewayJson.create();
    private final PersonalDataGuard guard = new PersonalDataGuard();
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> submitHooks = new CopyOnWriteArrayList<>();

    public FeedbackOutbox(Database database, Clock clock) {
        this.connection = database.connection();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores the answers as pending. Refuses answers that break the form's rules and, unless the
     * citizen confirmed it, a comment in which personal data is found.
     */
    public OutboxItem submit(FeedbackSubject subject, FeedbackAnswers answers, Language language,
                             PersonalDataCheck check) throws PersonalDataFoundException {
        requireWellFormed(subject);
        List<AnswerProblem> problems = AnswerRules.check(answers);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        refusePersonalData(check, answers.verbatim());
        FeedbackRequest request = new FeedbackRequest(subject, OfficialAnswersMapper.toWire(answers), now(),
                language.tag());
        return store(OutboxKind.FEEDBACK, subject, gson.toJson(request));
    }

    /** Stores a report of a hard-to-understand document as pending; {@code suggestion} may be empty. */
    public OutboxItem submitReport(FeedbackSubject subject, String unclear, String suggestion, Language language,
                                   PersonalDataCheck check) throws PersonalDataFoundException {
        requireWellFormed(subject);
        if (unclear == null || unclear.isBlank()) {
            throw new IllegalArgumentException("A report says what is unclear");
        }
        String shownSuggestion = suggestion == null || suggestion.isBlank() ? null : suggestion;
        refusePersonalData(check, unclear + "\n" + (shownSuggestion == null ? "" : shownSuggestion));
        DocumentReport report = new DocumentReport(subject, unclear, shownSuggestion, now(), language.tag());
        return store(OutboxKind.DOCUMENT_REPORT, subject, gson.toJson(report));
    }

    /** Every item, newest first, for the UI. */
    public synchronized List<OutboxItem> items() {
        return query(connection -> {
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

    /** Told after each change; returns what stops the telling. */
    public Runnable addListener(OutboxListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /**
     * "Delete my feedback data": forgets every opinion and report, sent or not. One being sent
     * at this very moment may still reach the gateway. Returns how many were deleted.
     */
    public int deleteAll() {
        int deleted;
        synchronized (this) {
            deleted = query(connection -> {
                try (Statement delete = connection.createStatement()) {
                    return delete.executeUpdate("DELETE FROM feedback_outbox");
                }
            });
        }
        changed();
        return deleted;
    }

    /** Makes every pending item due now and forgets its failures: the network is back, or the app started. */
    public void resetBackoff() {
        synchronized (this) {
            update("UPDATE feedback_outbox SET failures_in_row = 0, next_attempt_at = ? WHERE status = 'pending'",
                    clock.millis());
        }
        changed();
    }

    void whenSubmitted(Runnable hook) {
        submitHooks.add(hook);
    }

    /**
     * Takes the oldest pending item that is due and not claimed by another sender, and claims it
     * for {@code lease}. The select and the claim run in one write transaction, so two senders on
     * the same database never take the same item.
     */
    synchronized Optional<PendingSend> claimNextDue(Duration lease) {
        long now = clock.millis();
        return query(connection -> inWriteTransaction(connection, () -> {
            Optional<PendingSend> due;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, kind, body, idempotency_key, failures_in_row FROM feedback_outbox"
                            + " WHERE status = 'pending' AND next_attempt_at <= ?"
                            + " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT 1")) {
                select.setLong(1, now);
                select.setLong(2, now);
                try (ResultSet row = select.executeQuery()) {
                    due = row.next()
                            ? Optional.of(new PendingSend(row.getLong(1), OutboxKind.ofStoredName(row.getString(2)),
                                    row.getString(3), new IdempotencyKey(row.getString(4)), row.getInt(5)))
                            : Optional.empty();
                }
            }
            if (due.isPresent()) {
                try (PreparedStatement claim = connection.prepareStatement(
                        "UPDATE feedback_outbox SET claimed_until = ?, attempts = attempts + 1 WHERE id = ?")) {
                    claim.setLong(1, now + lease.toMillis());
                    claim.setLong(2, due.get().id());
                    claim.executeUpdate();
                }
            }
            return due;
        }));
    }

    /** The gateway has it: keeps the receipt, forgets the text. */
    void markSent(long id, String receiptId) {
        synchronized (this) {
            update("UPDATE feedback_outbox SET status = 'sent', sent_at = ?, receipt_id = ?, body = NULL,"
                    + " claimed_until = NULL, failure_code = NULL WHERE id = ? AND status = 'pending'",
                    clock.millis(), receiptId, id);
        }
        changed();
    }

    /** Another try at {@code nextAttempt}; a failure more in a row. */
    void retryAt(long id, Instant nextAttempt) {
        synchronized (this) {
            update("UPDATE feedback_outbox SET claimed_until = NULL, failures_in_row = failures_in_row + 1,"
                    + " next_attempt_at = ? WHERE id = ? AND status = 'pending'", nextAttempt.toEpochMilli(), id);
        }
        changed();
    }

    /** Refused for good; kept, with why, for the citizen to see. */
    void markFailed(long id, String failureCode) {
        synchronized (this) {
            update("UPDATE feedback_outbox SET status = 'failed', failure_code = ?, claimed_until = NULL"
                    + " WHERE id = ? AND status = 'pending'", failureCode, id);
        }
        changed();
    }

    /** When the earliest pending item becomes due or its claim expires; empty when nothing is pending. */
    synchronized Optional<Instant> nextDueAt() {
        return query(connection -> {
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT MIN(MAX(next_attempt_at, COALESCE(claimed_until, 0)))"
                         + " FROM feedback_outbox WHERE status = 'pending'")) {
                long millis = row.getLong(1);
                return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
            }
        });
    }

    private OutboxItem store(OutboxKind kind, FeedbackSubject subject, String body) {
        OutboxItem item;
        synchronized (this) {
            long now = clock.millis();
            item = query(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO feedback_outbox (kind,"
                        + " subject_kind, subject_id, body, idempotency_key, status, created_at, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'pending', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, kind.storedName());
                    insert.setString(2, subject.kindName());
                    insert.setString(3, subject.id());
                    insert.setString(4, body);
                    insert.setString(5, IdempotencyKey.random().value());
                    insert.setLong(6, now);
                    insert.setLong(7, now);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return find(connection, keys.getLong(1));
                    }
                }
            });
        }
        changed();
        submitHooks.forEach(Runnable::run);
        return item;
    }

    private void refusePersonalData(PersonalDataCheck check, String text) throws PersonalDataFoundException {
        if (check == PersonalDataCheck.USER_CONFIRMED) {
            return;
        }
        List<PersonalDataMatch> found = guard.find(text);
        if (!found.isEmpty()) {
            throw new PersonalDataFoundException(found);
        }
    }

    private void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        List<OutboxItem> items = items();
        for (OutboxListener listener : listeners) {
            try {
                listener.changed(items);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An outbox listener failed: " + e.getClass().getName());
            }
        }
    }

    private static OutboxItem find(Connection connection, long id) throws SQLException {
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
                status == OutboxStatus.PENDING ? Optional.of(Instant.ofEpochMilli(row.getLong("next_attempt_at")))
                        : Optional.empty(),
                instant(row, "sent_at"),
                Optional.ofNullable(row.getString("failure_code")));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static void requireWellFormed(FeedbackSubject subject) {
        if (subject == null || !subject.isWellFormed()) {
            throw new IllegalArgumentException("A subject has a kind and an id of 1 to "
                    + FeedbackSubject.MAX_ID_LENGTH + " characters");
        }
    }

    private void update(String sql, Object... parameters) {
        query(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    private <T> T query(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Feedback outbox storage failed", e);
        }
    }

    private static <T> T inWriteTransaction(Connection connection, SqlSupplier<T> work) throws SQLException {
        try (Statement begin = connection.createStatement()) {
            begin.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = work.get();
            try (Statement commit = connection.createStatement()) {
                commit.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try (Statement rollback = connection.createStatement()) {
                rollback.execute("ROLLBACK");
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlSupplier<T> {
        T get() throws SQLException;
    }
}
