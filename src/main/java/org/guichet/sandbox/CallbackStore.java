package org.guichet.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import org.guichet.appointments.CallbackRequest;

final class CallbackStore {
    private CallbackStore() {
    }

    static void insert(Connection connection, String id, String officeId, CallbackRequest request, Instant createdAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sandbox_callback_request (id, office_id, name, phone, preferred_period, reason_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, officeId);
            insert.setString(3, request.name());
            insert.setString(4, request.phone());
            insert.setString(5, request.preferredPeriod().name().toLowerCase(Locale.ROOT));
            insert.setString(6, request.reasonId());
            insert.setString(7, createdAt.toString());
            insert.executeUpdate();
        }
    }
}
