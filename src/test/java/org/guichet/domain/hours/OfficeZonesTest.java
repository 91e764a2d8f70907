package org.guichet.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeZonesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "01, Europe/Paris",
            "19, Europe/Paris",
            "2A, Europe/Paris",
            "2B, Europe/Paris",
            "45, Europe/Paris",
            "75, Europe/Paris",
            "95, Europe/Paris",
            "971, America/Guadeloupe",
            "972, America/Martinique",
            "973, America/Cayenne",
            "974, Indian/Reunion",
            "975, America/Miquelon",
            "976, Indian/Mayotte",
            "977, America/St_Barthelemy",
            "978, America/Marigot",
            "986, Pacific/Wallis",
            "987, Pacific/Tahiti",
            "988, Pacific/Noumea"
    })
    void zoneOfEachTerritory(String departmentCode, String zone) {
        assertThat(OfficeZones.zoneOf(departmentCode)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00", "20", "96", "970", "979", "980", "1", "750", "2a"})
    void unknownCodesHaveNoZone(String departmentCode) {
        assertThat(OfficeZones.zoneOf(departmentCode)).isEmpty();
    }
}
