package org.guichet.appointments;

import java.time.DayOfWeek;
import java.util.List;

/** The usually busy and quiet hours of one weekday the office opens. */
public record WeekdayAffluence(DayOfWeek day, List<TimeRange> busy, List<TimeRange> quiet) {
}
