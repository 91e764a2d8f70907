package org.guichet.appointments;

/** On the wire {@code confirmed} or {@code cancelled}. */
public enum BookingStatus {
    CONFIRMED, CANCELLED
}
