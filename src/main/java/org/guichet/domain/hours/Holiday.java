package org.guichet.domain.hours;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday on a given date. */
public record Holiday(HolidayKind kind, LocalDate date) {
    public Holiday {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
