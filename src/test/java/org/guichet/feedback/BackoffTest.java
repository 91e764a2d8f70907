package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFromFiveSecondsWithUpToHalfMoreAndNeverExceedsFifteenMinutes() {
        Backoff backoff = new Backoff(new SplittableRandom(7));
        for (int sample = 0; sample < 200; sample++) {
            assertThat(backoff.after(1)).isBetween(Duration.ofSeconds(5), Duration.ofMillis(7_500));
            assertThat(backoff.after(2)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(15));
            assertThat(backoff.after(8)).isBetween(Duration.ofSeconds(640), Duration.ofMinutes(15));
            assertThat(backoff.after(9)).isEqualTo(Duration.ofMinutes(15));
            assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void jitterSpreadsPhonesThatFailedTogether() {
        Backoff backoff = new Backoff(new SplittableRandom(7));
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.after(3)).distinct().count())
                .isGreaterThan(40);
    }
}
