package org.guichet.domain.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A slot placed on a real date in a zone. Local times falling in a daylight-saving gap move forward
 * by the gap; times that occur twice when clocks go back take the earlier occurrence.
 */
record Opening(ZonedDateTime start, ZonedDateTime end) {

    /** Empty when the slot vanishes, e.g. 02:00–03:00 on the night clocks spring forward. */
    static Optional<Opening> of(LocalDate date, TimeSlot slot, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.of(date, slot.start(), zone);
        ZonedDateTime end = ZonedDateTime.of(date, slot.end(), zone);
        return end.isAfter(start) ? Optional.of(new Opening(start, end)) : Optional.empty();
    }

    boolean contains(Instant instant) {
        return !start.toInstant().isAfter(instant) && end.toInstant().isAfter(instant);
    }

    boolean startsAfter(Instant instant) {
        return start.toInstant().isAfter(instant);
    }
}
