package org.guichet.sandbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.SatisfactionScore;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.Receipt;
import org.guichet.feedback.SatisfactionSummary;

/**
 * Stores opinions and document reports once per Idempotency-Key, in the same transaction as the
 * remembered answer, and adds opinions up into the JDMA score.
 */
final class Feedbacks {
    static final String SEND_OPERATION = "POST /v1/feedback";
    static final String REPORT_OPERATION = "POST /v1/document-reports";

    private final ConnectionPool pool;
    private final DemoImprovements improvements;
    private final Gson gson;
    private final Clock clock;

    Feedbacks(ConnectionPool pool, DemoImprovements improvements, Gson gson, Clock clock) {
        this.pool = pool;
        this.improvements = improvements;
        this.gson = gson;
        this.clock = clock;
    }

    JsonResponse store(String idempotencyKey, FeedbackRequest request) {
        FeedbackAnswers answers = FeedbackRules.check(request);
        Satisfaction satisfaction = answers.satisfaction().orElseThrow();
        return pool.inWriteTransaction(connection -> IdempotentWrites.once(connection, SEND_OPERATION,
                idempotencyKey, gson.toJson(request), c -> {
                    Receipt receipt = newReceipt("avis-");
                    FeedbackStore.insert(c, receipt.id(), request, satisfaction, receipt.receivedAt().toInstant(), gson);
                    return new JsonResponse(201, gson.toJson(receipt));
                }));
    }

    JsonResponse report(String idempotencyKey, DocumentReport report) {
        FeedbackRules.check(report);
        return pool.inWriteTransaction(connection -> IdempotentWrites.once(connection, REPORT_OPERATION,
                idempotencyKey, gson.toJson(report), c -> {
                    Receipt receipt = newReceipt("doc-");
                    FeedbackStore.insert(c, receipt.id(), report, receipt.receivedAt().toInstant());
                    return new JsonResponse(201, gson.toJson(receipt));
                }));
    }

    SatisfactionSummary summary(FeedbackSubject subject, String askedLanguage) {
        FeedbackRules.checkSubject(subject);
        List<Satisfaction> answers = pool.read(connection -> FeedbackStore.satisfactions(connection, subject));
        Double score = SatisfactionScore.of(answers)
                .map(total -> Math.round(total.outOfTen() * 10) / 10.0)
                .orElse(null);
        String language = DemoImprovements.languageFor(askedLanguage);
        return new SatisfactionSummary(subject, score, answers.size(), language,
                improvements.forSubject(subject, language));
    }

    private Receipt newReceipt(String prefix) {
        Instant now = clock.instant();
        return new Receipt(prefix + Secrets.randomText(12), now.atOffset(ZoneOffset.UTC));
    }
}
