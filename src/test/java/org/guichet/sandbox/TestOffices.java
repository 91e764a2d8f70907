package org.guichet.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.domain.hours.DepartmentCodes;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;

/** Offices for sandbox tests: the real Verderonne town hall from an API Annuaire reply, and hand-built ones. */
final class TestOffices {
    static final String VERDERONNE = "000e1df5-ae69-4a43-a52b-f6061bcc3707";
    /** Monday to Friday 08:30–12:00 and 13:30–17:00, Paris. */
    static final String PARIS_CAF = "caf-paris";
    /** Monday to Friday 08:00–12:00, Saint-Denis de La Réunion. */
    static final String REUNION_MAIRIE = "mairie-saint-denis-974";
    static final String STRASBOURG_PREFECTURE = "prefecture-67";

    private static final Map<String, DayOfWeek> FRENCH_DAYS = Map.of(
            "Lundi", DayOfWeek.MONDAY, "Mardi", DayOfWeek.TUESDAY, "Mercredi", DayOfWeek.WEDNESDAY,
            "Jeudi", DayOfWeek.THURSDAY, "Vendredi", DayOfWeek.FRIDAY, "Samedi", DayOfWeek.SATURDAY,
            "Dimanche", DayOfWeek.SUNDAY);

    private TestOffices() {
    }

    static OfficeHoursLookup lookup() {
        BookableOffice verderonne = verderonne();
        BookableOffice caf = new BookableOffice(List.of("caf"), weekdays("08:30-12:00", "13:30-17:00"), "75");
        BookableOffice reunion = new BookableOffice(List.of("mairie"), weekdays("08:00-12:00"), "974");
        BookableOffice strasbourg = new BookableOffice(List.of("prefecture"), weekdays("09:00-12:00"), "67");
        return officeId -> Optional.ofNullable(Map.of(
                VERDERONNE, verderonne, PARIS_CAF, caf, REUNION_MAIRIE, reunion,
                STRASBOURG_PREFECTURE, strasbourg).get(officeId));
    }

    static List<OpeningRange> weekdays(String... slots) {
        List<TimeSlot> parsed = new ArrayList<>();
        for (String slot : slots) {
            String[] times = slot.split("-");
            parsed.add(new TimeSlot(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return List.of(new OpeningRange(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, parsed, ""));
    }

    /** The record as the API Annuaire (ODS v2.1) sent it: list fields are JSON text inside strings. */
    static BookableOffice verderonne() {
        JsonObject record = JsonParser.parseString(resource("ods-v2.1-response-mairie-verderonne.json"))
                .getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        List<String> pivotTypes = new ArrayList<>();
        for (JsonElement pivot : JsonParser.parseString(record.get("pivot").getAsString()).getAsJsonArray()) {
            pivotTypes.add(pivot.getAsJsonObject().get("type_service_local").getAsString());
        }
        List<OpeningRange> ranges = new ArrayList<>();
        JsonArray entries = JsonParser.parseString(record.get("plage_ouverture").getAsString()).getAsJsonArray();
        for (JsonElement element : entries) {
            JsonObject entry = element.getAsJsonObject();
            List<TimeSlot> slots = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                String start = entry.get("valeur_heure_debut_" + i).getAsString();
                String end = entry.get("valeur_heure_fin_" + i).getAsString();
                if (!start.isEmpty() && !end.isEmpty()) {
                    slots.add(new TimeSlot(LocalTime.parse(start), LocalTime.parse(end)));
                }
            }
            ranges.add(new OpeningRange(FRENCH_DAYS.get(entry.get("nom_jour_debut").getAsString()),
                    FRENCH_DAYS.get(entry.get("nom_jour_fin").getAsString()), slots,
                    entry.get("commentaire").getAsString()));
        }
        String department = DepartmentCodes.fromInseeCommuneCode(record.get("code_insee_commune").getAsString())
                .orElseThrow();
        return new BookableOffice(pivotTypes, ranges, department);
    }

    private static String resource(String name) {
        try (InputStream in = TestOffices.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
