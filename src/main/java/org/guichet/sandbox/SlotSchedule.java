package org.guichet.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.hours.DayHours;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.hours.PublicHolidays;
import org.guichet.domain.hours.TimeSlot;

/**
 * The appointment slots an office's regular hours allow: consecutive slots of the reason's length
 * that fit wholly in an opening slot, on days that are not public holidays. Days whose hours carry
 * a comment ("2e et 4e samedis") are skipped: the office may well be closed then. Local times that
 * do not exist (clocks springing forward) give no slot.
 */
final class SlotSchedule {
    /** How many days ahead of today, at the office, the agenda is open. */
    static final int HORIZON_DAYS = 92;

    private final OfficeHours hours;
    private final int minutes;

    SlotSchedule(OfficeHours hours, int durationMinutes) {
        this.hours = hours;
        this.minutes = durationMinutes;
    }

    /** Slots starting after {@code now}, from {@code first} to {@code last} inclusive, in time order. */
    List<ZonedDateTime> between(LocalDate first, LocalDate last, Instant now) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (ZonedDateTime start : on(date)) {
                if (start.toInstant().isAfter(now)) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    boolean contains(ZonedDateTime start) {
        return on(start.toLocalDate()).contains(start);
    }

    private List<ZonedDateTime> on(LocalDate date) {
        DayHours day = hours.schedule().on(date.getDayOfWeek());
        if (day.isUncertain() || PublicHolidays.on(date, hours.departmentCode()).isPresent()) {
            return List.of();
        }
        List<ZonedDateTime> starts = new ArrayList<>();
        for (TimeSlot opening : day.slots()) {
            for (LocalTime start = opening.start(); fits(start, opening); start = start.plusMinutes(minutes)) {
                ZonedDateTime placed = ZonedDateTime.of(date, start, hours.zone());
                if (placed.toLocalTime().equals(start)) {
                    starts.add(placed);
                }
            }
        }
        return starts;
    }

    /** Also stops at midnight, where adding minutes would wrap round to the morning. */
    private boolean fits(LocalTime start, TimeSlot opening) {
        LocalTime end = start.plusMinutes(minutes);
        return end.isAfter(start) && !end.isAfter(opening.end());
    }
}
