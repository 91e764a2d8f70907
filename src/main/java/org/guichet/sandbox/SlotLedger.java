package org.guichet.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Seats taken per slot. A slot gets its row, starting at its pre-booked count, the first time a
 * seat of it is taken; a seat is taken by a conditional update that succeeds only while
 * {@code taken < capacity}, and the table's CHECK constraint refuses overbooking as a second guard.
 */
final class SlotLedger {
    private SlotLedger() {
    }

    /** Taken seats of the slots that have a row, by start, between two instants inclusive. */
    static Map<Instant, Integer> taken(Connection connection, String officeId, String reasonId, Instant first,
                                       Instant last) throws SQLException {
        Map<Instant, Integer> taken = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT start_utc, taken FROM sandbox_slot"
                        + " WHERE office_id = ? AND reason_id = ? AND start_utc BETWEEN ? AND ?")) {
            select.setString(1, officeId);
            select.setString(2, reasonId);
            select.setString(3, first.toString());
            select.setString(4, last.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    taken.put(Instant.parse(rows.getString(1)), rows.getInt(2));
                }
            }
        }
        return taken;
    }

    /** False when every seat is taken. Call inside a write transaction. */
    static boolean takeSeat(Connection connection, String officeId, String reasonId, Instant start, int capacity,
                            int prebooked) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO sandbox_slot (office_id, reason_id, start_utc, capacity, taken)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, officeId);
            insert.setString(2, reasonId);
            insert.setString(3, start.toString());
            insert.setInt(4, capacity);
            insert.setInt(5, prebooked);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sandbox_slot SET taken = taken + 1"
                        + " WHERE office_id = ? AND reason_id = ? AND start_utc = ? AND taken < capacity")) {
            update.setString(1, officeId);
            update.setString(2, reasonId);
            update.setString(3, start.toString());
            return update.executeUpdate() == 1;
        }
    }

    static void freeSeat(Connection connection, String officeId, String reasonId, Instant start)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sandbox_slot SET taken = taken - 1"
                        + " WHERE office_id = ? AND reason_id = ? AND start_utc = ? AND taken > 0")) {
            update.setString(1, officeId);
            update.setString(2, reasonId);
            update.setString(3, start.toString());
            update.executeUpdate();
        }
    }
}
