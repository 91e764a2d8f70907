package org.guichet.sandbox;

import com.google.gson.Gson;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.guichet.appointments.Booking;
import org.guichet.appointments.BookingRequest;
import org.guichet.appointments.BookingStatus;
import org.guichet.domain.hours.OfficeHours;

/**
 * Creates, reads, cancels and moves bookings. Every change runs in one SQLite write transaction,
 * so it happens whole or not at all: a booking and its seat, a cancellation and the freed seat, a
 * move's new seat and the old one's release.
 */
final class Bookings {
    static final String CREATE_OPERATION = "POST /v1/bookings";

    private final ConnectionPool pool;
    private final Offices offices;
    private final Gson gson;
    private final Clock clock;

    Bookings(ConnectionPool pool, Offices offices, Gson gson, Clock clock) {
        this.pool = pool;
        this.offices = offices;
        this.gson = gson;
        this.clock = clock;
    }

    /** 201 with the booking, or the first result again for a retry with the same key and body. */
    JsonResponse create(String idempotencyKey, BookingRequest request) {
        String canonical = gson.toJson(request);
        return pool.inWriteTransaction(connection -> IdempotentWrites.once(connection, CREATE_OPERATION,
                idempotencyKey, canonical, c -> new JsonResponse(201, gson.toJson(book(c, request)))));
    }

    Booking get(String token) {
        return pool.read(connection -> existing(connection, token));
    }

    /** Cancelling twice changes nothing the second time. */
    Booking cancel(String token) {
        return pool.inWriteTransaction(connection -> {
            Booking booking = existing(connection, token);
            if (booking.status() == BookingStatus.CANCELLED) {
                return booking;
            }
            SlotLedger.freeSeat(connection, booking.officeId(), booking.reasonId(), booking.slotStart().toInstant());
            BookingStore.markCancelled(connection, token);
            return existing(connection, token);
        });
    }

    /** Takes the new seat first: if it is gone, the transaction rolls back and the old seat stays booked. */
    Booking reschedule(String token, OffsetDateTime newStart) {
        if (newStart == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "slotStart is required");
        }
        return pool.inWriteTransaction(connection -> {
            Booking booking = existing(connection, token);
            if (booking.status() == BookingStatus.CANCELLED) {
                throw new ProblemException(ProblemCode.BOOKING_CANCELLED, "a cancelled booking cannot be moved");
            }
            if (booking.slotStart().toInstant().equals(newStart.toInstant())) {
                return booking;
            }
            BookableOffice office = offices.office(booking.officeId());
            CatalogReason reason = offices.reason(office, booking.reasonId(), booking.mode());
            Instant start = bookableStart(office, reason, newStart).toInstant();
            takeSeat(connection, booking.officeId(), reason, start);
            SlotLedger.freeSeat(connection, booking.officeId(), booking.reasonId(), booking.slotStart().toInstant());
            BookingStore.moveTo(connection, token, start);
            return existing(connection, token);
        });
    }

    private Booking book(Connection connection, BookingRequest request) throws SQLException {
        if (request.officeId() == null || request.slotStart() == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "officeId and slotStart are required");
        }
        BookableOffice office = offices.office(request.officeId());
        CatalogReason reason = offices.reason(office, request.reasonId(), request.mode());
        ContactRules.check(request.contact(), request.mode());
        ContactRules.check(request.accessibility());
        ZonedDateTime start = bookableStart(office, reason, request.slotStart());
        takeSeat(connection, request.officeId(), reason, start.toInstant());
        Booking booking = new Booking(Secrets.bookingToken(), newReference(connection), BookingStatus.CONFIRMED,
                request.officeId(), reason.id(), request.mode(), start.toOffsetDateTime(), reason.durationMinutes(),
                start.getZone().getId(), request.contact(), request.accessibility(),
                clock.instant().atZone(start.getZone()).toOffsetDateTime());
        BookingStore.insert(connection, booking);
        return booking;
    }

    /** The requested start, in the office's zone, if it is one of its future slots within the horizon. */
    private ZonedDateTime bookableStart(BookableOffice office, CatalogReason reason, OffsetDateTime requested) {
        OfficeHours hours = Offices.hoursForBooking(office);
        ZonedDateTime start = requested.atZoneSameInstant(hours.zone());
        Instant now = clock.instant();
        boolean inHorizon = start.toInstant().isAfter(now)
                && !start.toLocalDate().isAfter(hours.localDate(now).plusDays(SlotSchedule.HORIZON_DAYS));
        if (!inHorizon || !new SlotSchedule(hours, reason.durationMinutes()).contains(start)) {
            throw new ProblemException(ProblemCode.SLOT_NOT_FOUND, "no slot starts at this time");
        }
        return start;
    }

    private static void takeSeat(Connection connection, String officeId, CatalogReason reason, Instant start)
            throws SQLException {
        int prebooked = PrebookedSeats.count(officeId, reason.id(), start, reason.seatsPerSlot());
        if (!SlotLedger.takeSeat(connection, officeId, reason.id(), start, reason.seatsPerSlot(), prebooked)) {
            throw new ProblemException(ProblemCode.SLOT_TAKEN, "every place of this slot is taken");
        }
    }

    private static String newReference(Connection connection) throws SQLException {
        String reference = Secrets.reference();
        while (BookingStore.referenceExists(connection, reference)) {
            reference = Secrets.reference();
        }
        return reference;
    }

    private static Booking existing(Connection connection, String token) throws SQLException {
        return BookingStore.find(connection, token)
                .orElseThrow(() -> new ProblemException(ProblemCode.BOOKING_NOT_FOUND, "unknown booking token"));
    }
}
