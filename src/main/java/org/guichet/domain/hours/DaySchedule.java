package org.guichet.domain.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated day of a week view. On a public holiday {@code slots} is empty and {@code holiday}
 * says why; {@code comments} may restrict the slots.
 */
public record DaySchedule(LocalDate date, List<TimeSlot> slots, Optional<Holiday> holiday, List<String> comments,
                          boolean isToday) {
    public DaySchedule {
        Objects.requireNonNull(date, "date");
        slots = List.copyOf(slots);
        Objects.requireNonNull(holiday, "holiday");
        comments = List.copyOf(comments);
    }

    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    public boolean isUncertain() {
        return !comments.isEmpty();
    }
}
