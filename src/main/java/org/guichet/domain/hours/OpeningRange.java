package org.guichet.domain.hours;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an office's {@code plage_ouverture}: the days from {@code firstDay} to
 * {@code lastDay} inclusive (the range may wrap past Sunday) share the same slots. A non-blank
 * {@code comment} may restrict the entry ("2e et 4e samedis"), so hours with a comment are never
 * certain.
 */
public record OpeningRange(DayOfWeek firstDay, DayOfWeek lastDay, List<TimeSlot> slots, String comment) {
    public OpeningRange {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        slots = List.copyOf(slots);
        comment = comment == null ? "" : comment.strip();
    }
}
