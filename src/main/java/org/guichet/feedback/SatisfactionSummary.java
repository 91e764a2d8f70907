package org.guichet.feedback;

import java.util.List;

/**
 * {@code GET /v1/satisfaction}: the JDMA score of a subject out of 10 (null when nobody answered)
 * over {@code answerCount} answers, and the improvements published for it.
 */
public record SatisfactionSummary(FeedbackSubject subject, Double score, int answerCount, String language,
                                  List<Improvement> improvements) {
}
