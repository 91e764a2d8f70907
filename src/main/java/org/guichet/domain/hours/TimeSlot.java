package org.guichet.domain.hours;

import java.time.LocalTime;
import java.util.Objects;

/** One opening slot within a day, start inclusive, end exclusive (e.g. 08:30–12:00). */
public record TimeSlot(LocalTime start, LocalTime end) {
    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
