package org.guichet.appointments;

import java.time.Duration;

/** When a reminder comes, before the appointment. */
public enum ReminderKind {
    DAY_BEFORE(Duration.ofDays(1)),
    TWO_HOURS_BEFORE(Duration.ofHours(2));

    private final Duration ahead;

    ReminderKind(Duration ahead) {
        this.ahead = ahead;
    }

    public Duration ahead() {
        return ahead;
    }
}
