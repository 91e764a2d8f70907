package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.ProblemCode;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.domain.feedback.personaldata.PersonalDataMatch;
import org.guichet.i18n.Language;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackOutboxTest {
    private static final FeedbackSubject PASSPORT = FeedbackSubject.procedure("F21089");

    @TempDir
    Path home;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private Database database;
    private FeedbackOutbox outbox;

    @BeforeEach
    void open() {
        database = Database.open(home);
        outbox = new FeedbackOutbox(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAnswerIsStoredPendingWithItsKeyAndBodyBeforeAnythingIsSent() throws Exception {
        OutboxItem item = outbox.submit(PASSPORT, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

        assertThat(item.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(item.kind()).isEqualTo(OutboxKind.FEEDBACK);
        assertThat(item.subject()).isEqualTo(PASSPORT);
        assertThat(item.createdAt()).isEqualTo(clock.instant());
        assertThat(item.nextAttemptAt()).contains(clock.instant());
        assertThat(item.sentAt()).isEmpty();
        PendingSend claimed = outbox.claimNextDue(FeedbackSender.CLAIM_LEASE).orElseThrow();
        assertThat(claimed.body()).contains("\"satisfaction\":\"medium\"", "\"answeredAt\":\"2026-11-23T09:00:00Z\"");
        assertThat(claimed.toString()).doesNotContain("Cerfa");
    }

    @Test
    void aCommentWithPersonalDataIsRefusedUntilTheCitizenConfirmsIt() throws Exception {
        FeedbackAnswers answers = Answers.onlySatisfaction(Satisfaction.BAD)
                .withVerbatim("Rappelez-moi au 06 12 34 56 78 ou camille.martin@example.fr");

        PersonalDataFoundException refused = catchThrowableOfType(PersonalDataFoundException.class,
                () -> outbox.submit(PASSPORT, answers, Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED));

        assertThat(refused.text()).isEqualTo(FreeText.COMMENT);
        assertThat(refused.matches()).extracting(PersonalDataMatch::kind)
                .containsExactly(PersonalDataKind.PHONE, PersonalDataKind.EMAIL);
        assertThat(refused.getMessage()).doesNotContain("06 12", "camille");
        assertThat(outbox.items()).isEmpty();

        outbox.submit(PASSPORT, answers, Language.FRENCH, PersonalDataCheck.USER_CONFIRMED);
        assertThat(outbox.items()).hasSize(1);
    }

    @Test
    void aDocumentReportIsGuardedToo() throws Exception {
        PersonalDataFoundException inSuggestion = catchThrowableOfType(PersonalDataFoundException.class,
                () -> outbox.submitReport(PASSPORT, "Le courrier est illisible",
                        "Écrivez-moi : camille.martin@example.fr", Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED));
        assertThat(inSuggestion.text()).isEqualTo(FreeText.SUGGESTION);
        assertThat(inSuggestion.matches()).singleElement().extracting(PersonalDataMatch::start).isEqualTo(14);

        OutboxItem item = outbox.submitReport(PASSPORT, "Le Cerfa 12100 ne dit pas où signer",
                null, Language.ENGLISH, PersonalDataCheck.REFUSE_UNMASKED);

        assertThat(item.kind()).isEqualTo(OutboxKind.DOCUMENT_REPORT);
        assertThat(outbox.claimNextDue(FeedbackSender.CLAIM_LEASE).orElseThrow().body())
                .contains("\"suggestion\":null", "\"language\":\"en\"");
    }

    @Test
    void answersThatBreakTheFormAreNeverStored() {
        InvalidAnswersException invalid = catchThrowableOfType(InvalidAnswersException.class,
                () -> outbox.submit(PASSPORT, FeedbackAnswers.none().withComprehension(3), Language.FRENCH,
                        PersonalDataCheck.REFUSE_UNMASKED));

        assertThat(invalid.problems()).extracting(problem -> problem.code()).containsExactly(ProblemCode.REQUIRED);
        assertThat(outbox.items()).isEmpty();
    }

    @Test
    void listenersSeeEveryChangeAndEachItemsState() throws Exception {
        List<List<OutboxItem>> seen = new ArrayList<>();
        Runnable stop = outbox.addListener(seen::add);

        OutboxItem first = outbox.submit(PASSPORT, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        clock.advance(Duration.ofMinutes(1));
        outbox.submit(FeedbackSubject.office("caf-paris"), Answers.onlySatisfaction(Satisfaction.GOOD),
                Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        outbox.markSent(first.id(), "avis-1");
        stop.run();
        outbox.deleteAll();

        assertThat(seen).hasSize(3);
        assertThat(seen.get(2)).extracting(OutboxItem::status).containsExactly(OutboxStatus.PENDING, OutboxStatus.SENT);
        assertThat(seen.get(2).get(1).sentAt()).contains(clock.instant());
    }

    @Test
    void deletingMyFeedbackDataForgetsEverything() throws Exception {
        outbox.submit(PASSPORT, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        outbox.submitReport(PASSPORT, "Illisible", "Plus gros", Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

        assertThat(outbox.deleteAll()).isEqualTo(2);
        assertThat(outbox.items()).isEmpty();
        assertThat(outbox.claimNextDue(FeedbackSender.CLAIM_LEASE)).isEmpty();
    }

    @Test
    void resettingTheBackoffTouchesOnlyItemsWaitingForARetry() throws Exception {
        List<List<OutboxItem>> seen = new ArrayList<>();
        OutboxItem item = outbox.submit(PASSPORT, Answers.complete(), Language.FRENCH,
                PersonalDataCheck.REFUSE_UNMASKED);
        outbox.addListener(seen::add);

        assertThat(outbox.resetBackoff()).as("due already").isZero();
        outbox.claimNextDue(FeedbackSender.CLAIM_LEASE);
        outbox.retryAt(item.id(), clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(outbox.resetBackoff()).isEqualTo(1);

        assertThat(seen).hasSize(2);
        assertThat(outbox.items()).singleElement().satisfies(waiting -> {
            assertThat(waiting.nextAttemptAt()).contains(clock.instant());
            assertThat(waiting.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aClaimedItemIsNotClaimedAgainUntilItsLeaseExpires() throws Exception {
        outbox.submit(PASSPORT, Answers.complete(), Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);

        assertThat(outbox.claimNextDue(FeedbackSender.CLAIM_LEASE)).isPresent();
        assertThat(outbox.claimNextDue(FeedbackSender.CLAIM_LEASE)).isEmpty();
        assertThat(outbox.nextDueAt()).contains(clock.instant().plus(FeedbackSender.CLAIM_LEASE));
        clock.advance(FeedbackSender.CLAIM_LEASE);
        assertThat(outbox.claimNextDue(FeedbackSender.CLAIM_LEASE)).isPresent();
    }
}
