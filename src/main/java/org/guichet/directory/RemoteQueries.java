package org.guichet.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/** What the app remembers of each API Annuaire query: the server's validators and when it answered. */
final class RemoteQueries {

    private final Connection connection;

    RemoteQueries(Database database) {
        this.connection = database.connection();
    }

    CacheValidators validators(String query) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT etag, last_modified FROM directory_remote_query WHERE query = ?")) {
            select.setString(1, query);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new CacheValidators(row.getString(1), row.getString(2)) : CacheValidators.NONE;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the directory's cache validators", e);
        }
    }

    void answered(String query, CacheValidators validators, Instant at) {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO directory_remote_query (query, etag, last_modified, refreshed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (query) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                    refreshed_at = excluded.refreshed_at""")) {
            upsert.setString(1, query);
            upsert.setString(2, validators.etag());
            upsert.setString(3, validators.lastModified());
            upsert.setString(4, at.toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot record a directory refresh", e);
        }
    }

    /** When the API last answered any query, if ever. */
    Optional<Instant> lastAnswer() {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT max(refreshed_at) FROM directory_remote_query");
             ResultSet row = select.executeQuery()) {
            String at = row.next() ? row.getString(1) : null;
            return Optional.ofNullable(at).map(Instant::parse);
        } catch (SQLException e) {
            throw new StorageException("Cannot read the last directory refresh", e);
        }
    }
}
