package org.guichet.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/**
 * The offline directory: offices kept in the app's database, found by id or by full-text search
 * (every word a prefix, accents and case ignored, best matches first). Like {@link Database}, use
 * it from one background thread at a time.
 */
public final class DirectoryStore {

    /** Weights of the search columns (name, commune, postcode, types) in the bm25 ranking. */
    private static final String RANKING = "bm25(directory_office_search, 10.0, 4.0, 2.0, 3.0)";

    private final Connection connection;

    public DirectoryStore(Database database) {
        this.connection = database.connection();
    }

    /**
     * Stores the offices in one transaction, each replacing any stored office with the same id (when
     * the batch holds one id twice, the last wins). All or nothing.
     */
    public void upsert(Collection<Office> offices) {
        Map<String, Office> byId = new LinkedHashMap<>();
        offices.forEach(office -> byId.put(office.id(), office));
        inTransaction(() -> {
            try (OfficeWriter writer = new OfficeWriter(connection)) {
                writer.write(byId.values());
            }
        });
    }

    public Optional<Office> find(String id) {
        try {
            return new OfficeLoader(connection).load(id);
        } catch (SQLException e) {
            throw new StorageException("Cannot read an office", e);
        }
    }

    /**
     * Offices matching every word of {@code text} as a prefix, best first. {@code types} keeps only
     * offices of one of these pivot types; empty keeps all. Any text is safe: it is never read as
     * query syntax. No word to search for gives no office.
     */
    public List<Office> search(String text, Set<String> types, int limit) {
        Optional<String> match = SearchQuery.match(text);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        String typeFilter = types.isEmpty() ? "" : """
                AND EXISTS (SELECT 1 FROM directory_office_type t WHERE t.office_id = o.id AND t.type IN (%s))"""
                .formatted(String.join(", ", types.stream().map(type -> "?").toList()));
        String sql = """
                SELECT o.id FROM directory_office_search JOIN directory_office o ON o.key = directory_office_search.rowid
                WHERE directory_office_search MATCH ? %s
                ORDER BY %s LIMIT ?""".formatted(typeFilter, RANKING);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            select.setString(parameter++, match.get());
            for (String type : types) {
                select.setString(parameter++, type);
            }
            select.setInt(parameter, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            OfficeLoader loader = new OfficeLoader(connection);
            List<Office> offices = new ArrayList<>(ids.size());
            for (String id : ids) {
                loader.load(id).ifPresent(offices::add);
            }
            return offices;
        } catch (SQLException e) {
            throw new StorageException("Cannot search the directory", e);
        }
    }

    public long count() {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM directory_office")) {
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StorageException("Cannot count offices", e);
        }
    }

    /** Records a completed import; replaces the previous record of the same source. */
    public void recordImport(DirectoryDataVersion version) {
        inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO directory_source (source, data_date, imported_at) VALUES (?, ?, ?)")) {
                upsert.setString(1, version.source());
                upsert.setString(2, version.dataDate().toString());
                upsert.setString(3, version.importedAt().toString());
                upsert.executeUpdate();
            }
        });
    }

    /** Every source imported so far, the latest import first. */
    public List<DirectoryDataVersion> dataVersions() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT source, data_date, imported_at FROM directory_source")) {
            List<DirectoryDataVersion> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(new DirectoryDataVersion(rows.getString(1), LocalDate.parse(rows.getString(2)),
                        Instant.parse(rows.getString(3))));
            }
            versions.sort(Comparator.comparing(DirectoryDataVersion::importedAt).reversed());
            return versions;
        } catch (SQLException e) {
            throw new StorageException("Cannot read the directory's data date", e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot write to the directory", e);
        }
    }
}
