package org.guichet.tools;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One {@code plage_ouverture} entry: the days {@code nomJourDebut}..{@code nomJourFin} (French,
 * capitalised, both included) share {@code hours}.
 */
record OpeningEntry(String nomJourDebut, String nomJourFin, DayHours hours) {

    static final List<String> DAY_NAMES =
            List.of("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche");

    /** "lundi" → "Lundi", as the v4 dump writes day names. */
    static String dayName(String lowerCaseDay) {
        String cleaned = Text.clean(lowerCaseDay);
        String capitalised = cleaned.isEmpty() ? "" : Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1);
        if (!DAY_NAMES.contains(capitalised)) {
            throw new IllegalArgumentException("not a French day name: " + lowerCaseDay);
        }
        return capitalised;
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("nom_jour_debut", nomJourDebut);
        json.addProperty("nom_jour_fin", nomJourFin);
        json.addProperty("valeur_heure_debut_1", hours.slotStart(0));
        json.addProperty("valeur_heure_fin_1", hours.slotEnd(0));
        json.addProperty("valeur_heure_debut_2", hours.slotStart(1));
        json.addProperty("valeur_heure_fin_2", hours.slotEnd(1));
        json.addProperty("commentaire", hours.commentaire());
        return json;
    }
}
