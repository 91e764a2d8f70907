package org.guichet.directory;

import com.google.gson.JsonElement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;

/**
 * Maps one {@code plage_ouverture} entry to an {@link OpeningRange}. Times are "HH:MM:SS" or
 * "HH:MM"; a slot whose two times are "" is absent. The annuaire has two slots per entry; more
 * ({@code valeur_heure_debut_3}…) are read too. An entry with an unreadable day or time fails
 * as a whole: half an entry would announce wrong hours.
 */
final class OpeningRangeMapper {

    private OpeningRangeMapper() {
    }

    static OpeningRange map(JsonElement entry) {
        DayOfWeek firstDay = FrenchDayNames.parse(RecordFields.member(entry, "nom_jour_debut"));
        String lastDayName = RecordFields.member(entry, "nom_jour_fin");
        DayOfWeek lastDay = lastDayName.isEmpty() ? firstDay : FrenchDayNames.parse(lastDayName);
        List<TimeSlot> slots = new ArrayList<>(2);
        for (int slot = 1; slot <= 2 || entry.getAsJsonObject().has("valeur_heure_debut_" + slot); slot++) {
            String start = RecordFields.member(entry, "valeur_heure_debut_" + slot);
            String end = RecordFields.member(entry, "valeur_heure_fin_" + slot);
            if (!start.isEmpty() || !end.isEmpty()) {
                slots.add(new TimeSlot(time(start), time(end)));
            }
        }
        return new OpeningRange(firstDay, lastDay, slots, RecordFields.member(entry, "commentaire"));
    }

    private static LocalTime time(String text) {
        // Closing at midnight is written 24:00, which LocalTime cannot hold.
        if (text.equals("24:00") || text.equals("24:00:00")) {
            return LocalTime.MAX;
        }
        return LocalTime.parse(text.indexOf(':') == 1 ? "0" + text : text);
    }
}
