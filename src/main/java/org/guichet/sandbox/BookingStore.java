package org.guichet.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.guichet.appointments.AccessibilityNeeds;
import org.guichet.appointments.Booking;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.BookingStatus;
import org.guichet.appointments.Contact;

/** The sandbox's bookings, one row each, read back as the contract's {@link Booking}. */
final class BookingStore {
    private static final String COLUMNS = "token, reference, status, office_id, reason_id, mode, start_utc,"
            + " duration_minutes, time_zone, contact_name, contact_email, contact_phone, priority_reception,"
            + " sign_language_interpreter, accessibility_note, created_at";

    private BookingStore() {
    }

    static void insert(Connection connection, Booking booking) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sandbox_booking (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, booking.bookingToken());
            insert.setString(2, booking.reference());
            insert.setString(3, statusName(booking.status()));
            insert.setString(4, booking.officeId());
            insert.setString(5, booking.reasonId());
            insert.setString(6, booking.mode().wireName());
            insert.setString(7, booking.slotStart().toInstant().toString());
            insert.setInt(8, booking.durationMinutes());
            insert.setString(9, booking.timeZone());
            insert.setString(10, booking.contact().name());
            insert.setString(11, booking.contact().email());
            insert.setString(12, booking.contact().phone());
            insert.setBoolean(13, booking.accessibility().priorityReception());
            insert.setBoolean(14, booking.accessibility().signLanguageInterpreter());
            insert.setString(15, booking.accessibility().note());
            insert.setString(16, booking.createdAt().toInstant().toString());
            insert.executeUpdate();
        }
    }

    static Optional<Booking> find(Connection connection, String token) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM sandbox_booking WHERE token = ?")) {
            select.setString(1, token);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(booking(row)) : Optional.empty();
            }
        }
    }

    static boolean referenceExists(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM sandbox_booking WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    static void markCancelled(Connection connection, String token) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sandbox_booking SET status = 'cancelled' WHERE token = ?")) {
            update.setString(1, token);
            update.executeUpdate();
        }
    }

    static void moveTo(Connection connection, String token, Instant start) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sandbox_booking SET start_utc = ? WHERE token = ?")) {
            update.setString(1, start.toString());
            update.setString(2, token);
            update.executeUpdate();
        }
    }

    private static Booking booking(ResultSet row) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString("time_zone"));
        return new Booking(
                row.getString("token"),
                row.getString("reference"),
                BookingStatus.valueOf(row.getString("status").toUpperCase(Locale.ROOT)),
                row.getString("office_id"),
                row.getString("reason_id"),
                BookingMode.fromWireName(row.getString("mode")).orElseThrow(),
                inZone(row.getString("start_utc"), zone),
                row.getInt("duration_minutes"),
                zone.getId(),
                new Contact(row.getString("contact_name"), row.getString("contact_email"),
                        row.getString("contact_phone")),
                new AccessibilityNeeds(row.getBoolean("priority_reception"),
                        row.getBoolean("sign_language_interpreter"), row.getString("accessibility_note")),
                inZone(row.getString("created_at"), zone));
    }

    private static OffsetDateTime inZone(String instant, ZoneId zone) {
        return Instant.parse(instant).atZone(zone).toOffsetDateTime();
    }

    private static String statusName(BookingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
