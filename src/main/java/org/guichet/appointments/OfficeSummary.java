package org.guichet.appointments;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.hours.OfficeZones;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;

/**
 * What a booking shows of its office, kept with the booking so the recap reads offline: name,
 * visit address on one line, access notes, phone number ({@code ""} when absent) and time zone.
 */
public record OfficeSummary(String officeId, String name, String address, String accessNote, String phone,
                            ZoneId zone) {

    /** Europe/Paris when the office's département has no known zone. */
    public static OfficeSummary of(Office office) {
        Optional<Address> visit = office.visitAddress();
        return new OfficeSummary(office.id(), office.name(),
                visit.map(OfficeSummary::oneLine).orElse(""),
                visit.map(Address::accessibilityNote).orElse(""),
                office.phones().isEmpty() ? "" : office.phones().get(0).number(),
                OfficeZones.zoneOf(office.departmentCode()).orElse(ZoneId.of("Europe/Paris")));
    }

    private static String oneLine(Address address) {
        List<String> parts = new ArrayList<>(address.lines());
        String town = (address.postcode() + " " + address.commune()).strip();
        if (!town.isEmpty()) {
            parts.add(town);
        }
        return String.join(", ", parts);
    }
}
