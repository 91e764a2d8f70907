package org.guichet.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.guichet.i18n.Language;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path home;

    @Test
    void savedSettingsComeBackAfterReopening() {
        Settings chosen = new Settings(Language.ENGLISH, 170, Theme.HIGH_CONTRAST, true);
        try (Database database = Database.open(home)) {
            new SettingsStore(database).save(chosen);
        }
        try (Database database = Database.open(home)) {
            assertThat(new SettingsStore(database).load(Settings.defaults(Language.FRENCH))).isEqualTo(chosen);
        }
    }

    @Test
    void nothingSavedGivesTheDefaults() {
        try (Database database = Database.open(home)) {
            assertThat(new SettingsStore(database).load(Settings.defaults(Language.ENGLISH)))
                    .isEqualTo(new Settings(Language.ENGLISH, 100, Theme.LIGHT, false));
        }
    }

    @Test
    void unreadableValuesFallBackOneByOne() throws SQLException {
        try (Database database = Database.open(home)) {
            database.connection().createStatement().execute(
                    "INSERT INTO settings(key, value) VALUES ('language', 'xx'), ('textScale', 'big'), ('theme', 'PINK'),"
                            + " ('reduceMotion', 'true')");
            Settings loaded = new SettingsStore(database).load(Settings.defaults(Language.FRENCH));
            assertThat(loaded).isEqualTo(new Settings(Language.FRENCH, 100, Theme.LIGHT, true));
        }
    }

    @Test
    void textScaleIsKeptBetween100And200() {
        assertThat(new Settings(Language.FRENCH, 40, Theme.LIGHT, false).textScale()).isEqualTo(100);
        assertThat(new Settings(Language.FRENCH, 400, Theme.LIGHT, false).textScale()).isEqualTo(200);
    }
}
