package org.guichet.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.guichet.appointments.QueueInfo;
import org.guichet.appointments.TimeRange;
import org.guichet.appointments.WeekdayAffluence;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.hours.OpeningStatus;
import org.guichet.domain.hours.TimeSlot;

/**
 * Plausible, reproducible queue information: busy in the first hour of each opening, quiet in the
 * last hour of the day (half an opening when it is shorter than two hours); a wait estimate of 5 to
 * 40 minutes while the office is open, fixed for each office and hour, none while it is closed.
 */
final class QueueEstimates {
    private static final long PEAK_MINUTES = 60;
    private static final int WAIT_STEPS = 8;
    private static final int WAIT_STEP_MINUTES = 5;

    private QueueEstimates() {
    }

    static QueueInfo of(String officeId, BookableOffice office, Instant now) {
        return office.hours()
                .map(hours -> new QueueInfo(officeId, waitEstimate(officeId, hours, now), office.atOffice(now),
                        weekdays(hours)))
                .orElseGet(() -> new QueueInfo(officeId, null, office.atOffice(now), List.of()));
    }

    private static Integer waitEstimate(String officeId, OfficeHours hours, Instant now) {
        if (!(hours.statusAt(now) instanceof OpeningStatus.Open)) {
            return null;
        }
        ZonedDateTime local = now.atZone(hours.zone());
        CRC32 crc = new CRC32();
        crc.update((officeId + "|" + local.toLocalDate() + "|" + local.getHour()).getBytes(StandardCharsets.UTF_8));
        return WAIT_STEP_MINUTES * (1 + (int) (crc.getValue() % WAIT_STEPS));
    }

    private static List<WeekdayAffluence> weekdays(OfficeHours hours) {
        List<WeekdayAffluence> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeSlot> openings = hours.schedule().on(day).slots();
            if (openings.isEmpty()) {
                continue;
            }
            List<TimeRange> busy = openings.stream()
                    .map(opening -> new TimeRange(opening.start(), opening.start().plus(peak(opening))))
                    .toList();
            TimeSlot last = openings.get(openings.size() - 1);
            List<TimeRange> quiet = List.of(new TimeRange(last.end().minus(peak(last)), last.end()));
            weekdays.add(new WeekdayAffluence(day, busy, quiet));
        }
        return weekdays;
    }

    private static Duration peak(TimeSlot opening) {
        long minutes = Duration.between(opening.start(), opening.end()).toMinutes();
        return Duration.ofMinutes(Math.min(PEAK_MINUTES, minutes / 2));
    }
}
