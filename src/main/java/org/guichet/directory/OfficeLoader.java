package org.guichet.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/** Reads one office and its parts back from the tables {@link OfficeWriter} fills. */
final class OfficeLoader {

    private final Connection connection;

    OfficeLoader(Connection connection) {
        this.connection = connection;
    }

    Optional<Office> load(String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT name, acronym, insee_code, contact_form_url, chat_url, service_public_url, hours_comment,
                    mission, additional_information, updated_at
                FROM directory_office WHERE id = ?""")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Map<ContactKind, List<String[]>> contacts = contacts(id);
                String updatedAt = row.getString("updated_at");
                return Optional.of(new Office(
                        id,
                        row.getString("name"),
                        row.getString("acronym"),
                        types(id),
                        row.getString("insee_code"),
                        addresses(id),
                        phones(contacts.get(ContactKind.PHONE)),
                        phones(contacts.get(ContactKind.ACCESSIBLE_PHONE)),
                        values(contacts.get(ContactKind.FAX)),
                        values(contacts.get(ContactKind.EMAIL)),
                        links(contacts.get(ContactKind.WEBSITE)),
                        row.getString("contact_form_url"),
                        row.getString("chat_url"),
                        links(contacts.get(ContactKind.ONLINE_PROCEDURE)),
                        links(contacts.get(ContactKind.SOCIAL_NETWORK)),
                        row.getString("service_public_url"),
                        ranges(id),
                        row.getString("hours_comment"),
                        row.getString("mission"),
                        row.getString("additional_information"),
                        updatedAt == null ? null : LocalDateTime.parse(updatedAt)));
            }
        }
    }

    private List<String> types(String id) throws SQLException {
        List<String> types = new ArrayList<>();
        try (PreparedStatement select = partsOf("type", "directory_office_type", id);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString("type"));
            }
        }
        return types;
    }

    private List<Address> addresses(String id) throws SQLException {
        List<Address> addresses = new ArrayList<>();
        try (PreparedStatement select = partsOf("""
                kind, lines, postcode, commune, country, latitude, longitude, accessibility, accessibility_note""",
                "directory_address", id);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                addresses.add(new Address(
                        Address.Kind.valueOf(rows.getString("kind")),
                        List.of(OfficeWriter.LINES_JSON.fromJson(rows.getString("lines"), String[].class)),
                        rows.getString("postcode"),
                        rows.getString("commune"),
                        rows.getString("country"),
                        nullableDouble(rows, "latitude"),
                        nullableDouble(rows, "longitude"),
                        Accessibility.fromCode(rows.getString("accessibility")),
                        rows.getString("accessibility_note")));
            }
        }
        return addresses;
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    /** Value and label of each contact, by kind, in the office's order. */
    private Map<ContactKind, List<String[]>> contacts(String id) throws SQLException {
        Map<ContactKind, List<String[]>> contacts = new EnumMap<>(ContactKind.class);
        for (ContactKind kind : ContactKind.values()) {
            contacts.put(kind, new ArrayList<>());
        }
        try (PreparedStatement select = partsOf("kind, value, label", "directory_contact", id);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                contacts.get(ContactKind.fromColumn(rows.getString("kind")))
                        .add(new String[] {rows.getString("value"), rows.getString("label")});
            }
        }
        return contacts;
    }

    private static List<Phone> phones(List<String[]> rows) {
        return rows.stream().map(row -> new Phone(row[0], row[1])).toList();
    }

    private static List<Link> links(List<String[]> rows) {
        return rows.stream().map(row -> new Link(row[1], row[0])).toList();
    }

    private static List<String> values(List<String[]> rows) {
        return rows.stream().map(row -> row[0]).toList();
    }

    private List<OpeningRange> ranges(String id) throws SQLException {
        List<OpeningRange> ranges = new ArrayList<>();
        try (PreparedStatement select = partsOf("first_day, last_day, slots, comment", "directory_opening_range", id);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ranges.add(new OpeningRange(
                        DayOfWeek.of(rows.getInt("first_day")),
                        DayOfWeek.of(rows.getInt("last_day")),
                        SlotsColumn.read(rows.getString("slots")),
                        rows.getString("comment")));
            }
        }
        return ranges;
    }

    private PreparedStatement partsOf(String columns, String table, String id) throws SQLException {
        PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table + " WHERE office_id = ? ORDER BY position");
        select.setString(1, id);
        return select;
    }
}
