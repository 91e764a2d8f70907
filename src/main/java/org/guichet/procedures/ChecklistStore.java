package org.guichet.procedures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** Keeps the "what to bring" ticks on the device, per procedure, situation and document. */
public final class ChecklistStore {

    private final Database database;

    public ChecklistStore(Database database) {
        this.database = database;
    }

    public Set<TickedDocument> ticked(String procedureId) {
        Set<TickedDocument> ticked = new LinkedHashSet<>();
        try (PreparedStatement query = database.connection().prepareStatement(
                "SELECT situation, document_key FROM procedure_checklist_ticks WHERE procedure_id = ? ORDER BY rowid")) {
            query.setString(1, procedureId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ticked.add(new TickedDocument(SituationPaths.split(rows.getString(1)), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the checklist of " + procedureId, e);
        }
        return ticked;
    }

    public void setTicked(String procedureId, TickedDocument document, boolean ticked) {
        String sql = ticked
                ? "INSERT OR IGNORE INTO procedure_checklist_ticks(procedure_id, situation, document_key) VALUES (?, ?, ?)"
                : "DELETE FROM procedure_checklist_ticks WHERE procedure_id = ? AND situation = ? AND document_key = ?";
        try (PreparedStatement statement = database.connection().prepareStatement(sql)) {
            statement.setString(1, procedureId);
            statement.setString(2, SituationPaths.join(document.situation()));
            statement.setString(3, document.documentKey());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot save the checklist of " + procedureId, e);
        }
    }
}
