package org.guichet.domain.hours;

import java.time.LocalTime;
import java.util.Objects;

/** One opening slot within a day, start inclusive, end exclusive (e.g. 08:30–12:00). */
public record TimeSlot(LocalTime start, LocalTime end) {
    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** False for slots whose end is not after their start (bad data, or "00:00:00" used for "none"). */
    public boolean hasPositiveLength() {
        return end.isAfter(start);
    }

    /** True when the two slots overlap or one ends where the other starts. */
    public boolean overlapsOrTouches(TimeSlot other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** The smallest slot covering both. */
    public TimeSlot span(TimeSlot other) {
        return new TimeSlot(
                start.isBefore(other.start) ? start : other.start,
                end.isAfter(other.end) ? end : other.end);
    }
}
