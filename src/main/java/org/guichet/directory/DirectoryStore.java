package org.guichet.directory;

import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.guichet.storage.StorageException;

/**
 * The offline directory: offices kept in the app's database, found by id or by full-text search
 * (every word a prefix, accents and case ignored, best matches first). Each office is stored as
 * one v4 dump record and read back with the dump's reader, so the store keeps exactly what the
 * parsers keep. Like {@link Database}, use it from one background thread at a time.
 */
public final class DirectoryStore {

    private static final String UPSERT = """
            INSERT INTO directory_office (id, name, types, communes, postcodes, record, latitude, longitude)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, types = excluded.types,
                communes = excluded.communes, postcodes = excluded.postcodes, record = excluded.record,
                latitude = excluded.latitude, longitude = excluded.longitude""";

    /** Removes the index entries of stored offices; the index needs their current values for it. */
    private static final String UNINDEX = """
            INSERT INTO directory_office_search (directory_office_search, rowid, name, communes, postcodes, types)
            SELECT 'delete', key, name, communes, postcodes, types FROM directory_office WHERE id IN (%s)""";
    private static final String INDEX = """
            INSERT INTO directory_office_search (rowid, name, communes, postcodes, types)
            SELECT key, name, communes, postcodes, types FROM directory_office WHERE id IN (%s)""";
    private static final int IDS_PER_STATEMENT = 500;

    private final Connection connection;

    public DirectoryStore(Database database) {
        this.connection = database.connection();
    }

    /**
     * Stores the offices in one transaction, each replacing any stored office with the same id (when
     * the batch holds one id twice, the last wins). All or nothing.
     */
    public void upsert(Collection<Office> offices) {
        List<List<String>> idChunks = chunks(offices.stream().map(Office::id).distinct().toList());
        inTransaction(() -> {
            for (List<String> ids : idChunks) {
                runForIds(UNINDEX, ids);
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Office office : offices) {
                    upsert.setString(1, office.id());
                    upsert.setString(2, office.name());
                    upsert.setString(3, String.join(" ", office.types()));
                    upsert.setString(4, distinct(office.addresses(), Address::commune));
                    upsert.setString(5, distinct(office.addresses(), Address::postcode));
                    upsert.setString(6, DumpRecordWriter.write(office));
                    Optional<Address> located = office.visitAddress().filter(Address::hasCoordinates);
                    upsert.setObject(7, located.map(Address::latitude).orElse(null));
                    upsert.setObject(8, located.map(Address::longitude).orElse(null));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            for (List<String> ids : idChunks) {
                runForIds(INDEX, ids);
            }
        });
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    private void runForIds(String sqlWithIdList, List<String> ids) throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(sqlWithIdList.formatted(placeholders))) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            statement.executeUpdate();
        }
    }

    private static String distinct(List<Address> addresses, Function<Address, String> part) {
        return addresses.stream().map(part).filter(text -> !text.isEmpty()).distinct()
                .collect(Collectors.joining(" "));
    }

    public Optional<Office> find(String id) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT record FROM directory_office WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(office(row.getString(1))) : Optional.empty();
            }
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
        try (PreparedStatement select = connection.prepareStatement(searchSql(types.size()))) {
            int parameter = 1;
            select.setString(parameter++, match.get());
            for (String type : types) {
                select.setString(parameter++, " " + type + " ");
            }
            select.setInt(parameter, limit);
            return offices(select);
        } catch (SQLException e) {
            throw new StorageException("Cannot search the directory", e);
        }
    }

    /** Ranks and limits on the index alone, then reads only the records shown. */
    private static String searchSql(int typeCount) {
        String typeJoin = typeCount == 0 ? "" : "JOIN directory_office t ON t.key = directory_office_search.rowid";
        String typeFilter = typeFilter("t.types", typeCount);
        return """
                SELECT o.record FROM directory_office o JOIN (
                    SELECT directory_office_search.rowid AS key, directory_office_search.rank AS rank
                    FROM directory_office_search %s
                    WHERE directory_office_search MATCH ? %s
                    ORDER BY directory_office_search.rank LIMIT ?
                ) best ON o.key = best.key
                ORDER BY best.rank""".formatted(typeJoin, typeFilter);
    }

    /**
     * Offices whose visit address lies within {@code box}, of one of {@code types} (empty keeps
     * all), at most {@code limit}, in no particular order.
     */
    public List<Office> locatedWithin(GeoBox box, Set<String> types, int limit) {
        String typeFilter = typeFilter("types", types.size());
        String sql = """
                SELECT record FROM directory_office
                WHERE latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? %s LIMIT ?""".formatted(typeFilter);
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            select.setDouble(parameter++, box.south());
            select.setDouble(parameter++, box.north());
            select.setDouble(parameter++, box.west());
            select.setDouble(parameter++, box.east());
            for (String type : types) {
                select.setString(parameter++, " " + type + " ");
            }
            select.setInt(parameter, limit);
            return offices(select);
        } catch (SQLException e) {
            throw new StorageException("Cannot find offices near a place", e);
        }
    }

    /** "AND (…)" keeping rows whose space-separated {@code column} holds one of {@code count} bound types. */
    private static String typeFilter(String column, int count) {
        return count == 0 ? "" : "AND (" + String.join(" OR ",
                Collections.nCopies(count, "instr(' ' || " + column + " || ' ', ?) > 0")) + ")";
    }

    private static List<Office> offices(PreparedStatement select) throws SQLException {
        List<Office> offices = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                offices.add(office(rows.getString(1)));
            }
        }
        return offices;
    }

    private static Office office(String record) {
        return OfficeMapper.map(JsonParser.parseString(record), 0)
                .orElseThrow(() -> new IllegalStateException("A stored office has no id or name"));
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
