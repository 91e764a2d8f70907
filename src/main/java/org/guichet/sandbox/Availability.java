package org.guichet.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.Slot;
import org.guichet.appointments.SlotList;
import org.guichet.domain.hours.OfficeHours;

/** Free slots: the office's schedule, minus pre-booked seats, minus seats booked in the sandbox. */
final class Availability {
    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 62;
    /** For offices whose time zone is unknown: they have no slots, their dates are read in UTC. */
    private static final ZoneId UNKNOWN_ZONE = ZoneId.of("Etc/UTC");

    private final ConnectionPool pool;

    Availability(ConnectionPool pool) {
        this.pool = pool;
    }

    /** {@code from} and {@code to} are local dates at the office, inclusive; null for the defaults. */
    SlotList slots(String officeId, BookableOffice office, CatalogReason reason, BookingMode mode, LocalDate from,
                   LocalDate to, Instant now) {
        ZoneId zone = office.hours().map(OfficeHours::zone).orElse(UNKNOWN_ZONE);
        LocalDate first = from != null ? from : LocalDate.ofInstant(now, zone);
        LocalDate last = to != null ? to : first.plusDays(DEFAULT_DAYS - 1);
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED,
                    "to must be on or after from, at most " + MAX_DAYS + " days later");
        }
        List<Slot> free = office.hours()
                .map(hours -> freeSlots(officeId, hours, reason, first, last, now))
                .orElse(List.of());
        return new SlotList(officeId, reason.id(), mode, zone.getId(), first, last, free);
    }

    private List<Slot> freeSlots(String officeId, OfficeHours hours, CatalogReason reason, LocalDate first,
                                 LocalDate last, Instant now) {
        LocalDate lastBookable = hours.localDate(now).plusDays(SlotSchedule.HORIZON_DAYS);
        List<ZonedDateTime> starts = new SlotSchedule(hours, reason.durationMinutes())
                .between(first, last.isAfter(lastBookable) ? lastBookable : last, now);
        if (starts.isEmpty()) {
            return List.of();
        }
        Map<Instant, Integer> booked = pool.read(connection -> SlotLedger.taken(connection, officeId, reason.id(),
                starts.get(0).toInstant(), starts.get(starts.size() - 1).toInstant()));
        List<Slot> free = new ArrayList<>();
        for (ZonedDateTime start : starts) {
            Instant instant = start.toInstant();
            int taken = booked.getOrDefault(instant,
                    PrebookedSeats.count(officeId, reason.id(), instant, reason.seatsPerSlot()));
            int remaining = reason.seatsPerSlot() - taken;
            if (remaining > 0) {
                free.add(new Slot(start.toOffsetDateTime(), reason.durationMinutes(), remaining));
            }
        }
        return free;
    }
}
