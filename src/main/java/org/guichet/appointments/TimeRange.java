package org.guichet.appointments;

import java.time.LocalTime;

/** A span of local time at the office, on the wire "HH:MM". */
public record TimeRange(LocalTime start, LocalTime end) {
}
