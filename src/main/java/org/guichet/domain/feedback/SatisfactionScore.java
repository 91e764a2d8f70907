package org.guichet.domain.feedback;

import java.util.Collection;
import java.util.Optional;

/**
 * The JDMA satisfaction score: each answer counts 0 (Pas bien), 5 (Moyen) or 10 (Très bien), and
 * the score is their average on a /10 scale, over {@code answerCount} answers.
 */
public record SatisfactionScore(double outOfTen, int answerCount) {

    public SatisfactionScore {
        if (answerCount <= 0 || outOfTen < 0 || outOfTen > 10) {
            throw new IllegalArgumentException("Score " + outOfTen + " over " + answerCount + " answers");
        }
    }

    /** Empty when there is no answer: a score of nothing is not 0/10. */
    public static Optional<SatisfactionScore> of(Collection<Satisfaction> answers) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        double average = answers.stream().mapToInt(SatisfactionScore::points).average().orElseThrow();
        return Optional.of(new SatisfactionScore(average, answers.size()));
    }

    public static int points(Satisfaction answer) {
        return switch (answer) {
            case BAD -> 0;
            case MEDIUM -> 5;
            case GOOD -> 10;
        };
    }
}
