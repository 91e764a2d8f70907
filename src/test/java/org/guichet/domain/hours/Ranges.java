package org.guichet.domain.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** Test shorthand for opening ranges: {@code range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00")}. */
final class Ranges {
    private Ranges() {
    }

    static OpeningRange range(DayOfWeek first, DayOfWeek last, String... slots) {
        return commented(first, last, "", slots);
    }

    static OpeningRange commented(DayOfWeek first, DayOfWeek last, String comment, String... slots) {
        return new OpeningRange(first, last, slots(slots), comment);
    }

    static TimeSlot slot(String startDashEnd) {
        String[] times = startDashEnd.split("-");
        return new TimeSlot(LocalTime.parse(times[0]), LocalTime.parse(times[1]));
    }

    static List<TimeSlot> slots(String... startDashEnd) {
        return Arrays.stream(startDashEnd).map(Ranges::slot).toList();
    }
}
