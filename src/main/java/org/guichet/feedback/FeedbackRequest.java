package org.guichet.feedback;

import java.time.OffsetDateTime;

/** {@code POST /v1/feedback}: one person's answers about one subject; {@code language} is the app's (fr, en). */
public record FeedbackRequest(FeedbackSubject subject, OfficialAnswers answers, OffsetDateTime answeredAt,
                              String language) {
}
