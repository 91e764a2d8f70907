package org.guichet.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** Counts and deletes what the app keeps about its user on this device. Blocking: call it in the background. */
public final class DeviceData {

    /** How many items of one kind the device holds. */
    public record Count(StoredCategory category, long items) {
    }

    private final Database database;
    private final Path exports;

    /** @param exports the folder of calendar files the appointments feature writes */
    public DeviceData(Database database, Path exports) {
        this.database = database;
        this.exports = exports;
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (StoredCategory category : StoredCategory.values()) {
            long items = 0;
            for (String table : category.tables()) {
                items += rows(table);
            }
            counts.add(new Count(category, items));
        }
        return counts;
    }

    public void delete(StoredCategory category) {
        Connection connection = database.connection();
        try (Statement statement = connection.createStatement()) {
            for (String table : category.tables()) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot delete " + category, e);
        }
        if (category == StoredCategory.APPOINTMENTS) {
            deleteFiles(exports);
        }
    }

    public void deleteAll() {
        for (StoredCategory category : StoredCategory.values()) {
            delete(category);
        }
    }

    private long rows(String table) {
        try (Statement statement = database.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("Cannot count " + table, e);
        }
    }

    private static void deleteFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StorageException("Cannot delete the files in " + folder, e);
        }
    }
}
