package org.guichet.procedures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** Keeps the situation the user picked on each procedure page, as the paths of the chosen options. */
public final class SituationStore {

    private final Database database;

    public SituationStore(Database database) {
        this.database = database;
    }

    public List<List<String>> choices(String procedureId) {
        List<List<String>> choices = new ArrayList<>();
        try (PreparedStatement query = database.connection().prepareStatement(
                "SELECT option_path FROM procedure_situation_choices WHERE procedure_id = ? ORDER BY rowid")) {
            query.setString(1, procedureId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    choices.add(SituationPaths.split(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the situation of " + procedureId, e);
        }
        return choices;
    }

    /** Replaces the saved choices of {@code procedureId} with {@code choices}. */
    public void save(String procedureId, Collection<List<String>> choices) {
        Connection connection = database.connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM procedure_situation_choices WHERE procedure_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT OR IGNORE INTO procedure_situation_choices(procedure_id, option_path) VALUES (?, ?)")) {
                delete.setString(1, procedureId);
                delete.executeUpdate();
                for (List<String> choice : choices) {
                    insert.setString(1, procedureId);
                    insert.setString(2, SituationPaths.join(choice));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot save the situation of " + procedureId, e);
        }
    }
}
