package org.guichet.directory;

import java.time.ZoneId;
import org.guichet.domain.hours.DepartmentCodes;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.hours.OfficeZones;
import org.guichet.domain.hours.WeeklySchedule;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;

/** An office's hours placed in its own time zone, with the holidays of its département. */
final class OfficeClock {

    private static final ZoneId METROPOLITAN_FRANCE = ZoneId.of("Europe/Paris");

    private OfficeClock() {
    }

    /**
     * The département comes from the office's INSEE code, else from its visit address's postcode; an
     * office with neither is read in metropolitan time with the national holidays only.
     */
    static OfficeHours hoursOf(Office office) {
        String department = DepartmentCodes.fromInseeCommuneCode(office.inseeCode())
                .or(() -> office.visitAddress().map(Address::postcode).flatMap(DepartmentCodes::fromPostcode))
                .orElse("");
        ZoneId zone = OfficeZones.zoneOf(department).orElse(METROPOLITAN_FRANCE);
        return new OfficeHours(WeeklySchedule.of(office.openingRanges()), zone, department);
    }
}
