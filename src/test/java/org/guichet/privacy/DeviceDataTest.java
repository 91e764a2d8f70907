package org.guichet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceDataTest {

    /** Tables that hold nothing about the user: public data, display settings, the demo gateway's own. */
    private static final Set<String> NOT_ABOUT_THE_USER = Set.of(
            "settings", "directory_office", "directory_office_search", "directory_source");

    @TempDir
    Path home;

    @Test
    void everyTableIsEitherListedAsUserDataOrKnownToHoldNone() throws SQLException {
        Set<String> userTables = Arrays.stream(StoredCategory.values())
                .flatMap(category -> category.tables().stream()).collect(Collectors.toSet());
        List<String> unclassified = new ArrayList<>();
        try (Database database = Database.open(home);
             Statement statement = database.connection().createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                             + " AND name NOT LIKE 'directory_office_search_%'")) {
            while (tables.next()) {
                String table = tables.getString(1);
                if (!userTables.contains(table) && !NOT_ABOUT_THE_USER.contains(table) && !table.startsWith("sandbox_")) {
                    unclassified.add(table);
                }
            }
        }
        assertThat(unclassified).as("a new table must be listed in StoredCategory or said to hold nothing about the user")
                .isEmpty();
    }

    @Test
    void countsWhatIsStoredAndDeletesOneKindOrEverything() throws Exception {
        Path exports = home.resolve("exports");
        Files.createDirectories(exports);
        Files.writeString(exports.resolve("rendez-vous-RDV-1.ics"), "BEGIN:VCALENDAR");
        try (Database database = Database.open(home)) {
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("INSERT INTO directory_favourite(office_id, added_at) VALUES ('a', '2026-11-23'), ('b', '2026-11-23')");
                statement.execute("INSERT INTO procedure_checklist_ticks VALUES ('F14929', '', 'photo')");
            }
            DeviceData data = new DeviceData(database, exports);
            assertThat(countsOf(data)).containsEntry(StoredCategory.FAVOURITES, 2L)
                    .containsEntry(StoredCategory.PROCEDURE_PROGRESS, 1L).containsEntry(StoredCategory.APPOINTMENTS, 0L);

            data.delete(StoredCategory.FAVOURITES);
            assertThat(countsOf(data)).containsEntry(StoredCategory.FAVOURITES, 0L)
                    .containsEntry(StoredCategory.PROCEDURE_PROGRESS, 1L);
            assertThat(exports.resolve("rendez-vous-RDV-1.ics")).exists();

            data.deleteAll();
            assertThat(countsOf(data).values()).containsOnly(0L);
            assertThat(exports).isEmptyDirectory();
        }
    }

    private static Map<StoredCategory, Long> countsOf(DeviceData data) {
        return data.counts().stream().collect(Collectors.toMap(DeviceData.Count::category, DeviceData.Count::items));
    }
}
