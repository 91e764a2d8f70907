package org.guichet.appointments;

import java.time.OffsetDateTime;

/**
 * A booking as the gateway holds it. {@code bookingToken} is a secret (it reads, cancels and moves
 * the booking): keep it, never log it; {@code reference} is the readable code to quote.
 */
public record Booking(String bookingToken, String reference, BookingStatus status, String officeId, String reasonId,
                      BookingMode mode, OffsetDateTime slotStart, int durationMinutes, String timeZone,
                      Contact contact, AccessibilityNeeds accessibility, OffsetDateTime createdAt) {
    @Override
    public String toString() {
        return "Booking[reference=" + reference + ", status=" + status + ", officeId=" + officeId
                + ", reasonId=" + reasonId + ", mode=" + mode + ", slotStart=" + slotStart + ", token=redacted]";
    }
}
