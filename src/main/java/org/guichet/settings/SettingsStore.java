package org.guichet.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.guichet.i18n.Language;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** Keeps {@link Settings} in the app's own database (Gluon Attach settings is not available). */
public final class SettingsStore {

    private static final String LANGUAGE = "language";
    private static final String TEXT_SCALE = "textScale";
    private static final String THEME = "theme";
    private static final String REDUCE_MOTION = "reduceMotion";

    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    /** The saved settings; values missing or unreadable fall back to the defaults. */
    public Settings load(Settings defaults) {
        Map<String, String> saved = readAll();
        return new Settings(
                Language.fromTag(saved.getOrDefault(LANGUAGE, "")).orElse(defaults.language()),
                parseInt(saved.get(TEXT_SCALE), defaults.textScale()),
                parseTheme(saved.get(THEME), defaults.theme()),
                saved.containsKey(REDUCE_MOTION) ? Boolean.parseBoolean(saved.get(REDUCE_MOTION)) : defaults.reduceMotion());
    }

    public void save(Settings settings) {
        Connection connection = database.connection();
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            add(upsert, LANGUAGE, settings.language().tag());
            add(upsert, TEXT_SCALE, Integer.toString(settings.textScale()));
            add(upsert, THEME, settings.theme().name());
            add(upsert, REDUCE_MOTION, Boolean.toString(settings.reduceMotion()));
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new StorageException("Cannot save settings", e);
        }
    }

    private static void add(PreparedStatement upsert, String key, String value) throws SQLException {
        upsert.setString(1, key);
        upsert.setString(2, value);
        upsert.addBatch();
    }

    private Map<String, String> readAll() {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement query = database.connection().prepareStatement("SELECT key, value FROM settings");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read settings", e);
        }
        return values;
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Theme parseTheme(String value, Theme fallback) {
        try {
            return value == null ? fallback : Theme.valueOf(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
