package org.guichet.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the UI shows of one opinion or report: never its text. {@code failureCode} is the
 * gateway's problem code (or the error's name) of a {@link OutboxStatus#FAILED} item;
 * {@code nextAttemptAt} is set while {@link OutboxStatus#PENDING}.
 */
public record OutboxItem(long id, OutboxKind kind, FeedbackSubject subject, OutboxStatus status, Instant createdAt,
                         int attempts, Optional<Instant> nextAttemptAt, Optional<Instant> sentAt,
                         Optional<String> failureCode) {
    public OutboxItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(failureCode, "failureCode");
    }
}
