package org.guichet.feedback;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait after failures in a row: 5 s, 10 s, 20 s… doubling up to 15 min, each plus a
 * random part of up to half of it (capped at 15 min) so phones that lost the same network do
 * not all come back in step.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration LONGEST = Duration.ofMinutes(15);

    private final RandomGenerator random;

    Backoff(RandomGenerator random) {
        this.random = random;
    }

    /** {@code failuresInRow} counts the failure just seen, so it is at least 1. */
    Duration after(int failuresInRow) {
        int doublings = Math.min(Math.max(failuresInRow, 1) - 1, 20);
        long base = Math.min(FIRST.toMillis() << doublings, LONGEST.toMillis());
        long jitter = (long) (random.nextDouble() * base / 2);
        return Duration.ofMillis(Math.min(base + jitter, LONGEST.toMillis()));
    }
}
