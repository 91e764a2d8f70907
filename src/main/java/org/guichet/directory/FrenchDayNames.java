package org.guichet.directory;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** Reads the annuaire's French day names ("Lundi"…"Dimanche"), ignoring case and accents. */
final class FrenchDayNames {

    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "lundi", DayOfWeek.MONDAY,
            "mardi", DayOfWeek.TUESDAY,
            "mercredi", DayOfWeek.WEDNESDAY,
            "jeudi", DayOfWeek.THURSDAY,
            "vendredi", DayOfWeek.FRIDAY,
            "samedi", DayOfWeek.SATURDAY,
            "dimanche", DayOfWeek.SUNDAY);

    private FrenchDayNames() {
    }

    static DayOfWeek parse(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        DayOfWeek day = DAYS.get(folded);
        if (day == null) {
            throw new IllegalArgumentException("not a French day name");
        }
        return day;
    }
}
