package org.guichet.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.guichet.domain.feedback.Satisfaction.BAD;
import static org.guichet.domain.feedback.Satisfaction.GOOD;
import static org.guichet.domain.feedback.Satisfaction.MEDIUM;

import java.util.List;
import org.junit.jupiter.api.Test;

class SatisfactionScoreTest {

    @Test
    void eachSmileyCountsZeroFiveOrTen() {
        assertThat(SatisfactionScore.points(BAD)).isZero();
        assertThat(SatisfactionScore.points(MEDIUM)).isEqualTo(5);
        assertThat(SatisfactionScore.points(GOOD)).isEqualTo(10);
    }

    @Test
    void scoreIsTheAverageOutOfTen() {
        SatisfactionScore score = SatisfactionScore.of(List.of(GOOD, MEDIUM, BAD)).orElseThrow();

        assertThat(score.outOfTen()).isEqualTo(5.0);
        assertThat(score.answerCount()).isEqualTo(3);
    }

    @Test
    void twoGoodAndOneMediumIsAboveTheEightTarget() {
        assertThat(SatisfactionScore.of(List.of(GOOD, GOOD, MEDIUM)).orElseThrow().outOfTen())
                .isCloseTo(8.333, within(0.001));
    }

    @Test
    void allGoodIsTenAndAllBadIsZero() {
        assertThat(SatisfactionScore.of(List.of(GOOD, GOOD)).orElseThrow().outOfTen()).isEqualTo(10.0);
        assertThat(SatisfactionScore.of(List.of(BAD)).orElseThrow().outOfTen()).isZero();
    }

    @Test
    void noAnswerHasNoScore() {
        assertThat(SatisfactionScore.of(List.of())).isEmpty();
    }
}
