package org.guichet.directory;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/**
 * Writes offices over their previous version, one prepared statement per table run as a JDBC
 * batch, inside the caller's transaction. The offices of one call must have distinct ids.
 */
final class OfficeWriter implements AutoCloseable {

    static final Gson LINES_JSON = new GsonBuilder().disableHtmlEscaping().create();

    private final List<PreparedStatement> inOrder = new ArrayList<>();
    private final PreparedStatement upsertOffice;
    private final PreparedStatement deleteSearchRow;
    private final PreparedStatement insertSearchRow;
    private final PreparedStatement insertType;
    private final PreparedStatement insertAddress;
    private final PreparedStatement insertContact;
    private final PreparedStatement insertRange;
    private final List<PreparedStatement> deleteParts = new ArrayList<>();

    OfficeWriter(Connection connection) throws SQLException {
        upsertOffice = prepare(connection, """
                INSERT INTO directory_office (id, name, acronym, insee_code, contact_form_url, chat_url,
                    service_public_url, hours_comment, mission, additional_information, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym,
                    insee_code = excluded.insee_code, contact_form_url = excluded.contact_form_url,
                    chat_url = excluded.chat_url, service_public_url = excluded.service_public_url,
                    hours_comment = excluded.hours_comment, mission = excluded.mission,
                    additional_information = excluded.additional_information, updated_at = excluded.updated_at""");
        deleteSearchRow = prepare(connection,
                "DELETE FROM directory_office_search WHERE rowid = (SELECT key FROM directory_office WHERE id = ?)");
        insertSearchRow = prepare(connection, """
                INSERT INTO directory_office_search (rowid, name, commune, postcode, types)
                SELECT key, ?, ?, ?, ? FROM directory_office WHERE id = ?""");
        for (String table : List.of("directory_office_type", "directory_address", "directory_contact",
                "directory_opening_range")) {
            deleteParts.add(prepare(connection, "DELETE FROM " + table + " WHERE office_id = ?"));
        }
        insertType = prepare(connection,
                "INSERT INTO directory_office_type (office_id, position, type) VALUES (?, ?, ?)");
        insertAddress = prepare(connection, """
                INSERT INTO directory_address (office_id, position, kind, lines, postcode, commune, country,
                    latitude, longitude, accessibility, accessibility_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        insertContact = prepare(connection,
                "INSERT INTO directory_contact (office_id, position, kind, value, label) VALUES (?, ?, ?, ?, ?)");
        insertRange = prepare(connection, """
                INSERT INTO directory_opening_range (office_id, position, first_day, last_day, slots, comment)
                VALUES (?, ?, ?, ?, ?, ?)""");
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        inOrder.add(statement);
        return statement;
    }

    void write(Collection<Office> offices) throws SQLException {
        for (Office office : offices) {
            addOffice(office);
            addSearchRow(office);
            for (PreparedStatement delete : deleteParts) {
                delete.setString(1, office.id());
                delete.addBatch();
            }
            addTypes(office);
            addAddresses(office);
            addContacts(office);
            addRanges(office);
        }
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
    }

    private void addOffice(Office office) throws SQLException {
        set(upsertOffice, office.id(), office.name(), office.acronym(), office.inseeCode(), office.contactFormUrl(),
                office.chatUrl(), office.servicePublicUrl(), office.hoursComment(), office.mission(),
                office.additionalInformation(), office.updatedAt() == null ? null : office.updatedAt().toString());
        upsertOffice.addBatch();
    }

    private void addSearchRow(Office office) throws SQLException {
        deleteSearchRow.setString(1, office.id());
        deleteSearchRow.addBatch();
        set(insertSearchRow, office.name(), distinct(office.addresses(), Address::commune),
                distinct(office.addresses(), Address::postcode), String.join(" ", office.types()), office.id());
        insertSearchRow.addBatch();
    }

    private static String distinct(List<Address> addresses, Function<Address, String> part) {
        return addresses.stream().map(part).distinct().collect(Collectors.joining(" "));
    }

    private void addTypes(Office office) throws SQLException {
        int position = 0;
        for (String type : office.types()) {
            set(insertType, office.id(), position++, type);
            insertType.addBatch();
        }
    }

    private void addAddresses(Office office) throws SQLException {
        int position = 0;
        for (Address address : office.addresses()) {
            set(insertAddress, office.id(), position++, address.kind().name(), LINES_JSON.toJson(address.lines()),
                    address.postcode(), address.commune(), address.country(), address.latitude(),
                    address.longitude(), address.accessibility().code(), address.accessibilityNote());
            insertAddress.addBatch();
        }
    }

    private void addContacts(Office office) throws SQLException {
        ContactRows rows = new ContactRows(office.id());
        office.phones().forEach(phone -> rows.add(ContactKind.PHONE, phone));
        office.accessiblePhones().forEach(phone -> rows.add(ContactKind.ACCESSIBLE_PHONE, phone));
        office.faxes().forEach(fax -> rows.add(ContactKind.FAX, fax, ""));
        office.emails().forEach(email -> rows.add(ContactKind.EMAIL, email, ""));
        office.websites().forEach(link -> rows.add(ContactKind.WEBSITE, link));
        office.onlineProcedures().forEach(link -> rows.add(ContactKind.ONLINE_PROCEDURE, link));
        office.socialNetworks().forEach(link -> rows.add(ContactKind.SOCIAL_NETWORK, link));
        for (Object[] row : rows.rows) {
            set(insertContact, row);
            insertContact.addBatch();
        }
    }

    private void addRanges(Office office) throws SQLException {
        int position = 0;
        for (OpeningRange range : office.openingRanges()) {
            set(insertRange, office.id(), position++, range.firstDay().getValue(), range.lastDay().getValue(),
                    SlotsColumn.write(range.slots()), range.comment());
            insertRange.addBatch();
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.close();
        }
    }

    /** The contact rows of one office, numbered in the order the office lists them. */
    private static final class ContactRows {
        private final String officeId;
        private final List<Object[]> rows = new ArrayList<>();

        ContactRows(String officeId) {
            this.officeId = officeId;
        }

        void add(ContactKind kind, Phone phone) {
            add(kind, phone.number(), phone.description());
        }

        void add(ContactKind kind, Link link) {
            add(kind, link.url(), link.label());
        }

        void add(ContactKind kind, String value, String label) {
            rows.add(new Object[] {officeId, rows.size(), kind.column, value, label});
        }
    }
}
