package org.guichet.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** The ids of the offices the user keeps as favourites, oldest first. */
final class Favourites {

    private final Connection connection;

    Favourites(Database database) {
        this.connection = database.connection();
    }

    List<String> ids() {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT office_id FROM directory_favourite ORDER BY added_at, office_id");
             ResultSet rows = select.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the favourites", e);
        }
    }

    boolean contains(String officeId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM directory_favourite WHERE office_id = ?")) {
            select.setString(1, officeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the favourites", e);
        }
    }

    void set(String officeId, boolean favourite, Instant now) {
        String sql = favourite
                ? "INSERT OR IGNORE INTO directory_favourite (office_id, added_at) VALUES (?, ?)"
                : "DELETE FROM directory_favourite WHERE office_id = ?";
        try (PreparedStatement change = connection.prepareStatement(sql)) {
            change.setString(1, officeId);
            if (favourite) {
                change.setString(2, now.toString());
            }
            change.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot change the favourites", e);
        }
    }
}
