package org.guichet.appointments;

import java.time.OffsetDateTime;

/** A bookable slot; {@code start} carries the offset of the office's time zone. */
public record Slot(OffsetDateTime start, int durationMinutes, int remainingCapacity) {
}
