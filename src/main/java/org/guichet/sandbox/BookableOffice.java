package org.guichet.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.hours.OfficeZones;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.WeeklySchedule;

/**
 * What the sandbox needs to know of an office: its annuaire {@code pivot} types (mairie,
 * prefecture, caf…), its {@code plage_ouverture} and its département or collectivité code.
 */
public record BookableOffice(List<String> pivotTypes, List<OpeningRange> openingRanges, String departmentCode) {
    public BookableOffice {
        pivotTypes = List.copyOf(pivotTypes);
        openingRanges = List.copyOf(openingRanges);
        Objects.requireNonNull(departmentCode, "departmentCode");
    }

    /** Empty when the département has no known time zone: such an office offers no slots. */
    public Optional<OfficeHours> hours() {
        return OfficeZones.zoneOf(departmentCode)
                .map(zone -> new OfficeHours(WeeklySchedule.of(openingRanges), zone, departmentCode));
    }

    /** The instant with the office's offset, or UTC's when its zone is unknown. */
    OffsetDateTime atOffice(Instant instant) {
        return instant.atZone(OfficeZones.zoneOf(departmentCode).orElse(ZoneOffset.UTC)).toOffsetDateTime();
    }
}
