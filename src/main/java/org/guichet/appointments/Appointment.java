package org.guichet.appointments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A booking as the app keeps it on the device, with what the recap shows offline.
 * {@code bookingToken} is a secret that reads, cancels and moves the booking: keep it, never log it.
 */
public record Appointment(String bookingToken, String reference, BookingStatus status, OfficeSummary office,
                          String reasonId, String reasonLabel, String documentsHint, BookingMode mode,
                          Instant start, int durationMinutes, ZoneId zone) {

    public static Appointment of(Booking booking, OfficeSummary office, Reason reason) {
        return new Appointment(booking.bookingToken(), booking.reference(), booking.status(), office,
                booking.reasonId(), reason.label(), reason.documentsHint() == null ? "" : reason.documentsHint(),
                booking.mode(), booking.slotStart().toInstant(), booking.durationMinutes(),
                ZoneId.of(booking.timeZone()));
    }

    /** This appointment as the gateway now reports it (another time after a move, or cancelled). */
    public Appointment updatedBy(Booking booking) {
        return new Appointment(bookingToken, reference, booking.status(), office, reasonId, reasonLabel,
                documentsHint, booking.mode(), booking.slotStart().toInstant(), booking.durationMinutes(),
                ZoneId.of(booking.timeZone()));
    }

    public ZonedDateTime startAtOffice() {
        return start.atZone(zone);
    }

    public ZonedDateTime endAtOffice() {
        return startAtOffice().plusMinutes(durationMinutes);
    }

    public boolean isCancelled() {
        return status == BookingStatus.CANCELLED;
    }

    /** Not cancelled and not over yet at {@code now}. */
    public boolean isUpcoming(Instant now) {
        return !isCancelled() && endAtOffice().toInstant().isAfter(now);
    }

    @Override
    public String toString() {
        return "Appointment[reference=" + reference + ", status=" + status + ", officeId=" + office.officeId()
                + ", start=" + start + ", token=redacted]";
    }
}
