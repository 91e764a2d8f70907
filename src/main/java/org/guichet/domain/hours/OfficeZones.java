package org.guichet.domain.hours;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The time zone in which an office's hours are given, by département or collectivité code. */
public final class OfficeZones {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern METROPOLITAN_DEPARTMENT = Pattern.compile("0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]");
    private static final Map<String, ZoneId> OVERSEAS = Map.ofEntries(
            Map.entry("971", ZoneId.of("America/Guadeloupe")),
            Map.entry("972", ZoneId.of("America/Martinique")),
            Map.entry("973", ZoneId.of("America/Cayenne")),
            Map.entry("974", ZoneId.of("Indian/Reunion")),
            Map.entry("975", ZoneId.of("America/Miquelon")),
            Map.entry("976", ZoneId.of("Indian/Mayotte")),
            Map.entry("977", ZoneId.of("America/St_Barthelemy")),
            Map.entry("978", ZoneId.of("America/Marigot")),
            Map.entry("986", ZoneId.of("Pacific/Wallis")),
            Map.entry("987", ZoneId.of("Pacific/Tahiti")),
            Map.entry("988", ZoneId.of("Pacific/Noumea")));

    private OfficeZones() {
    }

    /**
     * Europe/Paris for metropolitan France and Corsica, the local zone overseas; empty for unknown
     * codes. French Polynesia gets Pacific/Tahiti: the Marquesas and Gambier islands are not told apart.
     */
    public static Optional<ZoneId> zoneOf(String departmentCode) {
        if (departmentCode == null) {
            return Optional.empty();
        }
        if (METROPOLITAN_DEPARTMENT.matcher(departmentCode).matches()) {
            return Optional.of(PARIS);
        }
        return Optional.ofNullable(OVERSEAS.get(departmentCode));
    }
}
