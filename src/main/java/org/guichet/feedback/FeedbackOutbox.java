package org.guichet.feedback;

import com.google.gson.Gson;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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

/**
 * Opinions and document reports written to SQLite before anything is sent. Each gets its
 * idempotency key and its request body once, at write time, so every retry, after a restart too,
 * sends the very same request. {@link FeedbackSender} delivers them; this class keeps their state
 * and tells listeners of each change. Call it from background threads, and give it a
 * {@link Database} of its own (a second connection to the app's file): its claim transactions
 * must not mix with other features' writes.
 */
public final class FeedbackOutbox {
    private static final System.Logger LOG = System.getLogger(FeedbackOutbox.class.getName());

    private final OutboxTable table;
    private final Clock clock;
    private final Gson gson = GatewayJson.create();
    private final PersonalDataGuard guard = new PersonalDataGuard();
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> submitHooks = new CopyOnWriteArrayList<>();

    public FeedbackOutbox(Database database, Clock clock) {
        this.table = new OutboxTable(database.connection());
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
        refusePersonalData(check, FreeText.COMMENT, answers.verbatim());
        FeedbackRequest request = new FeedbackRequest(subject, OfficialAnswersMapper.toWire(answers),
                OffsetDateTime.now(clock), language.tag());
        return store(OutboxKind.FEEDBACK, subject, gson.toJson(request));
    }

    /** Stores a report of a hard-to-understand document as pending; {@code suggestion} may be empty. */
    public OutboxItem submitReport(FeedbackSubject subject, String unclear, String suggestion, Language language,
                                   PersonalDataCheck check) throws PersonalDataFoundException {
        requireWellFormed(subject);
        if (unclear == null || unclear.isBlank()) {
            throw new IllegalArgumentException("A report says what is unclear");
        }
        String givenSuggestion = suggestion == null || suggestion.isBlank() ? null : suggestion;
        refusePersonalData(check, FreeText.UNCLEAR, unclear);
        if (givenSuggestion != null) {
            refusePersonalData(check, FreeText.SUGGESTION, givenSuggestion);
        }
        DocumentReport report = new DocumentReport(subject, unclear, givenSuggestion, OffsetDateTime.now(clock),
                language.tag());
        return store(OutboxKind.DOCUMENT_REPORT, subject, gson.toJson(report));
    }

    /** Every item, newest first, for the UI. */
    public List<OutboxItem> items() {
        return table.items();
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
        int deleted = table.deleteAll();
        changed();
        return deleted;
    }

    /**
     * Makes every pending item due now and forgets its failures: the network is back, or the app
     * started. Returns how many were waiting; cheap when none was, so it may be called after every
     * successful request.
     */
    public int resetBackoff() {
        int waiting = table.resetBackoff(clock.instant());
        if (waiting > 0) {
            changed();
        }
        return waiting;
    }

    void whenSubmitted(Runnable hook) {
        submitHooks.add(hook);
    }

    /** The oldest due item no other sender holds, held by this caller for {@code lease}. */
    Optional<PendingSend> claimNextDue(Duration lease) {
        return table.claimNextDue(clock.instant(), lease);
    }

    /** The gateway has it: keeps the receipt, forgets the text. */
    void markSent(long id, String receiptId) {
        table.markSent(id, receiptId, clock.instant());
        changed();
    }

    /** Another try at {@code nextAttempt}; one more failure in a row. */
    void retryAt(long id, Instant nextAttempt) {
        table.retryAt(id, nextAttempt);
        changed();
    }

    /** Refused for good; kept, with why, for the citizen to see. */
    void markFailed(long id, String failureCode) {
        table.markFailed(id, failureCode);
        changed();
    }

    /** When the earliest pending item becomes due or its claim expires; empty when nothing is pending. */
    Optional<Instant> nextDueAt() {
        return table.nextDueAt();
    }

    private OutboxItem store(OutboxKind kind, FeedbackSubject subject, String body) {
        OutboxItem item = table.insert(kind, subject, body, IdempotencyKey.random(), clock.instant());
        changed();
        submitHooks.forEach(Runnable::run);
        return item;
    }

    private void refusePersonalData(PersonalDataCheck check, FreeText field, String text)
            throws PersonalDataFoundException {
        if (check == PersonalDataCheck.USER_CONFIRMED) {
            return;
        }
        List<PersonalDataMatch> found = guard.find(text);
        if (!found.isEmpty()) {
            throw new PersonalDataFoundException(field, found);
        }
    }

    private void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        List<OutboxItem> items = table.items();
        for (OutboxListener listener : listeners) {
            try {
                listener.changed(items);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An outbox listener failed: " + e.getClass().getName());
            }
        }
    }

    private static void requireWellFormed(FeedbackSubject subject) {
        if (subject == null || !subject.isWellFormed()) {
            throw new IllegalArgumentException("A subject has a kind and an id of 1 to "
                    + FeedbackSubject.MAX_ID_LENGTH + " characters");
        }
    }
}
