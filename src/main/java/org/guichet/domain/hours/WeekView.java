package org.guichet.domain.hours;

import java.util.List;

/** Seven consecutive days of an office's hours, Monday first. */
public record WeekView(List<DaySchedule> days) {
    public WeekView {
        days = List.copyOf(days);
        if (days.size() != 7) {
            throw new IllegalArgumentException("A week has 7 days, not " + days.size());
        }
    }
}
