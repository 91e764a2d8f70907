package org.guichet.feedback;

import java.time.OffsetDateTime;

/**
 * {@code POST /v1/document-reports}: a document about {@code subject} that is hard to understand.
 * {@code unclear} says what is unclear; {@code suggestion} may be null.
 */
public record DocumentReport(FeedbackSubject subject, String unclear, String suggestion, OffsetDateTime reportedAt,
                             String language) {

    @Override
    public String toString() {
        return "DocumentReport[subject=" + subject + ", unclear=" + Redacted.text(unclear)
                + ", suggestion=" + Redacted.text(suggestion) + ", reportedAt=" + reportedAt
                + ", language=" + language + "]";
    }
}
