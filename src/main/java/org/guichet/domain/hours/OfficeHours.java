package org.guichet.domain.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One office's hours in its own time zone and with the public holidays of its département: answers
 * "is it open now?" and "what are this week's hours?". The current instant is always passed in.
 */
public record OfficeHours(WeeklySchedule schedule, ZoneId zone, String departmentCode) {
    private static final Duration CLOSING_SOON = Duration.ofMinutes(30);
    private static final int NEXT_OPENING_HORIZON_DAYS = 14;

    public OfficeHours {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(departmentCode, "departmentCode");
    }

    public OpeningStatus statusAt(Instant now) {
        if (!schedule.hasHours()) {
            return new OpeningStatus.Unknown();
        }
        LocalDate today = localDate(now);
        boolean todayUncertain = schedule.on(today.getDayOfWeek()).isUncertain();
        Optional<Holiday> holiday = PublicHolidays.on(today, departmentCode);
        if (holiday.isEmpty()) {
            Optional<OpeningStatus.Open> open = openAt(now, today, todayUncertain);
            if (open.isPresent()) {
                return open.get();
            }
        }
        Optional<ZonedDateTime> nextOpening = nextOpeningAfter(now, today);
        boolean uncertain = todayUncertain || nextOpening
                .map(next -> schedule.on(next.getDayOfWeek()).isUncertain())
                .orElse(false);
        return holiday.<OpeningStatus>map(h -> new OpeningStatus.ClosedForHoliday(h, nextOpening, uncertain))
                .orElseGet(() -> new OpeningStatus.Closed(nextOpening, uncertain));
    }

    /** The week, Monday to Sunday, containing {@code date}; {@code today} is marked. */
    public WeekView weekContaining(LocalDate date, LocalDate today) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<DaySchedule> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            DayHours hours = schedule.on(day.getDayOfWeek());
            Optional<Holiday> holiday = PublicHolidays.on(day, departmentCode);
            List<TimeSlot> slots = holiday.isPresent() ? List.of() : hours.slots();
            days.add(new DaySchedule(day, slots, holiday, hours.comments(), day.equals(today)));
        }
        return new WeekView(days);
    }

    /** The current week where the office is. */
    public WeekView weekAt(Instant now) {
        LocalDate today = localDate(now);
        return weekContaining(today, today);
    }

    /** The date it is at the office. */
    public LocalDate localDate(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private Optional<OpeningStatus.Open> openAt(Instant now, LocalDate today, boolean uncertain) {
        List<Opening> openings = openingsOn(today);
        for (int i = 0; i < openings.size(); i++) {
            Opening opening = openings.get(i);
            if (opening.contains(now)) {
                boolean closingSoon = Duration.between(now, opening.end().toInstant()).compareTo(CLOSING_SOON) <= 0;
                Optional<ZonedDateTime> reopensAt = i + 1 < openings.size()
                        ? Optional.of(openings.get(i + 1).start())
                        : Optional.empty();
                return Optional.of(new OpeningStatus.Open(opening.end(), closingSoon, reopensAt, uncertain));
            }
        }
        return Optional.empty();
    }

    private Optional<ZonedDateTime> nextOpeningAfter(Instant now, LocalDate today) {
        for (int i = 0; i <= NEXT_OPENING_HORIZON_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            if (PublicHolidays.on(day, departmentCode).isPresent()) {
                continue;
            }
            for (Opening opening : openingsOn(day)) {
                if (opening.startsAfter(now)) {
                    return Optional.of(opening.start());
                }
            }
        }
        return Optional.empty();
    }

    private List<Opening> openingsOn(LocalDate date) {
        List<Opening> openings = new ArrayList<>();
        for (TimeSlot slot : schedule.on(date.getDayOfWeek()).slots()) {
            Opening.of(date, slot, zone).ifPresent(openings::add);
        }
        return openings;
    }
}
