package org.guichet.directory;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private FrenchDayNames() {
    }

    static DayOfWeek parse(String name) {
        String lowerCase = name.strip().toLowerCase(Locale.ROOT);
        DayOfWeek day = DAYS.get(lowerCase);
        if (day == null) {
            day = DAYS.get(withoutAccents(lowerCase));
        }
        if (day == null) {
            throw new IllegalArgumentException("not a French day name");
        }
        return day;
    }

    private static String withoutAccents(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
