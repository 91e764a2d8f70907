package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrebookedSeatsTest {
    @Test
    void theSameSlotAlwaysHasTheSamePrebookedSeats() {
        Instant start = Instant.parse("2026-11-24T08:00:00Z");

        assertThat(PrebookedSeats.count("office", "etat-civil", start, 3))
                .isEqualTo(PrebookedSeats.count("office", "etat-civil", start, 3))
                .isBetween(0, 3);
    }

    @Test
    void aboutAThirdOfSeatsArePrebooked() {
        Instant first = Instant.parse("2026-11-24T08:00:00Z");
        int taken = IntStream.range(0, 1000)
                .map(i -> PrebookedSeats.count("office", "etat-civil", first.plusSeconds(1800L * i), 1))
                .sum();

        assertThat(taken).isBetween(280, 420);
    }
}
