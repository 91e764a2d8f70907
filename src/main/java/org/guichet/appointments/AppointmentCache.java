package org.guichet.appointments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/**
 * The citizen's bookings kept on the device, so they read offline. Like {@link Database}, use it
 * from the storage thread only. Tokens are stored, never logged.
 */
public final class AppointmentCache {

    private static final String COLUMNS = "booking_token, reference, status, office_id, office_name, office_address,"
            + " office_access, office_phone, reason_id, reason_label, documents_hint, mode, start_utc,"
            + " duration_minutes, time_zone";
    private static final String UPSERT = "INSERT INTO appointment (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (booking_token) DO UPDATE SET status = excluded.status, mode = excluded.mode,"
            + " start_utc = excluded.start_utc, duration_minutes = excluded.duration_minutes,"
            + " time_zone = excluded.time_zone";

    private final Connection connection;

    public AppointmentCache(Database database) {
        this.connection = database.connection();
    }

    /** Adds the appointment, or updates its status and time when the same booking is already kept. */
    public void save(Appointment appointment) {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            OfficeSummary office = appointment.office();
            upsert.setString(1, appointment.bookingToken());
            upsert.setString(2, appointment.reference());
            upsert.setString(3, appointment.status().name().toLowerCase(Locale.ROOT));
            upsert.setString(4, office.officeId());
            upsert.setString(5, office.name());
            upsert.setString(6, office.address());
            upsert.setString(7, office.accessNote());
            upsert.setString(8, office.phone());
            upsert.setString(9, appointment.reasonId());
            upsert.setString(10, appointment.reasonLabel());
            upsert.setString(11, appointment.documentsHint());
            upsert.setString(12, appointment.mode().wireName());
            upsert.setString(13, appointment.start().toString());
            upsert.setInt(14, appointment.durationMinutes());
            upsert.setString(15, appointment.zone().getId());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot keep an appointment", e);
        }
    }

    /** Every kept appointment, earliest first. */
    public List<Appointment> all() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + " FROM appointment ORDER BY start_utc")) {
            List<Appointment> appointments = new ArrayList<>();
            while (rows.next()) {
                appointments.add(read(rows));
            }
            return appointments;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the appointments", e);
        }
    }

    public Optional<Appointment> findByReference(String reference) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM appointment WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read an appointment", e);
        }
    }

    /** Forgets every appointment on this device (the bookings themselves stay with the office). */
    public void deleteAll() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM appointment");
        } catch (SQLException e) {
            throw new StorageException("Cannot delete the appointments", e);
        }
    }

    private static Appointment read(ResultSet row) throws SQLException {
        ZoneId zone = ZoneId.of(row.getString(15));
        OfficeSummary office = new OfficeSummary(row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), zone);
        return new Appointment(row.getString(1), row.getString(2),
                BookingStatus.valueOf(row.getString(3).toUpperCase(Locale.ROOT)), office, row.getString(9),
                row.getString(10), row.getString(11),
                BookingMode.fromWireName(row.getString(12)).orElseThrow(() -> new SQLException("Unknown mode")),
                Instant.parse(row.getString(13)), row.getInt(14), zone);
    }
}
