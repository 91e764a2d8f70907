package org.guichet.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The day-string variants below are copied from anct-france-services-2020.geojson. */
class FranceServicesHoursTest {
    private static final Path GEOJSON = Path.of("../shared/data/annuaire/anct-france-services-2020.geojson");
    private static final List<String> DAY_FIELDS =
            List.of("h_lundi", "h_mardi", "h_mercredi", "h_jeudi", "h_vendredi", "h_samedi");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "9:00 - 12:00 / 13:30 - 17:00|09:00:00|12:00:00|13:30:00|17:00:00",
        "09:00 -10:00 / 13:30 - 17:30|09:00:00|10:00:00|13:30:00|17:30:00",
        "9:00 - 12:00 / \u00A014:00 - 16:00|09:00:00|12:00:00|14:00:00|16:00:00",
        "\"9:00 - 12:00 / 13:30 - 17:00 \"|09:00:00|12:00:00|13:30:00|17:00:00",
        "\" 9:00 - 12:00 / 13:30 - 17:00\"|09:00:00|12:00:00|13:30:00|17:00:00",
        "9:00\u2013 12:30 / 13:30 - 17:30|09:00:00|12:30:00|13:30:00|17:30:00",
        "9:00 - 12:00 13:30 - 16:00|09:00:00|12:00:00|13:30:00|16:00:00",
        "8:30 - 12:30 et 13:30 - 17:30|08:30:00|12:30:00|13:30:00|17:30:00",
        "08:30 - 13:30 / 13:30 - 17:00|08:30:00|13:30:00|13:30:00|17:00:00",
        "08:00-13:00|08:00:00|13:00:00||",
        "8:00\u00A0- 10:00|08:00:00|10:00:00||",
        "14:00 - 17:00|14:00:00|17:00:00||",
    })
    void readsPlainRangesAsSlots(String raw, String start1, String end1, String start2, String end2) {
        DayHours hours = FranceServicesHours.parseDay(raw).orElseThrow();

        assertThat(List.of(hours.slotStart(0), hours.slotEnd(0), hours.slotStart(1), hours.slotEnd(1)))
                .containsExactly(start1, end1, nullToEmpty(start2), nullToEmpty(end2));
        assertThat(hours.commentaire()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "9:00 - 12:00 / Sur RDV : 14:00 - 17:00|09:00:00|12:00:00|||Sur RDV : 14:00 - 17:00",
        "10:00 - 13:00 / Après-midi sur RDV|10:00:00|13:00:00|||Après-midi sur RDV",
        "08:30 - 12:30 et sur RDV l'après-midi|08:30:00|12:30:00|||sur RDV l'après-midi",
        "\"8:30 - 12:00 / 1 lundi par mois : 12:30 - 17:00 \"|08:30:00|12:00:00|||1 lundi par mois : 12:30 - 17:00",
        "9:00 - 12:00 / 13:30 - 17:00 // Sur RDV : 17:00 - 19:00|09:00:00|12:00:00|13:30:00|17:00:00|Sur RDV : 17:00 - 19:00",
        "9:00 - 12:00 // Sur RDV : 8:30 - 9:00 / 12:00 - 12:30 / 13:30 - 16:30|09:00:00|12:00:00|||Sur RDV : 8:30 - 9:00 / 12:00 - 12:30 / 13:30 - 16:30",
        "9:00 - 12:00 / Sur endez-vous de 14:00 - 17:|09:00:00|12:00:00|||Sur endez-vous de 14:00 - 17:",
    })
    void keepsTheQualifyingTextAfterPlainRangesAsTheEntryComment(
            String raw, String start1, String end1, String start2, String end2, String comment) {
        DayHours hours = FranceServicesHours.parseDay(raw).orElseThrow();

        assertThat(List.of(hours.slotStart(0), hours.slotEnd(0), hours.slotStart(1), hours.slotEnd(1)))
                .containsExactly(start1, end1, nullToEmpty(start2), nullToEmpty(end2));
        assertThat(hours.commentaire()).isEqualTo(comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Horaires non communiqués",
        "09:00 - 12:00 / 14:00 - 18:",
        "14:00 - 18:",
        "8:30 - 12:00 / 13/30 - 17:00",
        "09:00 - 12:00 / 13:30 - 17 : 00",
        "9:00 - 12\u00A0:30 / 13:30 - 18:30",
        "9: 12:30 / 13:30 18:30",
        "9:00 -12: 13:00 -16:",
        "09:00 - 12:00 / 14:00/18:00",
        "10:30-12:30 / 113:30 - 18:30",
        "14:00:16:00",
        "09-12:30 / 13:30 - 17:00",
        "9:00 - 12:30-14:00 - 17:00",
        "9:00 - 12:00 (semaines impaires) / 14:00 - 18:00",
        "09:00 - 12:30 (sur RDV 14:00 - 16:00)",
        "9:00 - 16:30 selon planning permanences",
        "Semaines paires : 9:00 - 12:00",
        "1er samedi du mois : 9:00 - 12:00",
        "Sur RDV : 9:00 - 12:00 // 13:30 - 16:30",
        "Sur RDV : 8:30 - 11:45 / Sans RDV : 13:30 - 17:15",
        "Selon planning bus",
        "Espace fermé ce jour",
    })
    void keepsWhatItCannotReadUnambiguouslyAsACommentWithoutSlots(String raw) {
        DayHours hours = FranceServicesHours.parseDay(raw).orElseThrow();

        assertThat(hours.slots()).isEmpty();
        assertThat(hours.commentaire()).isEqualTo(FranceServicesHours.normalise(raw));
    }

    @Test
    void normalisesNoBreakSpacesInComments() {
        String raw = "Sept. - Juin\u00A0: 9:00 - 12:00 / 14:00 - 17:30 // Été\u00A0: 10:00 - 12:30 / 13:30 - 18:00 ";

        assertThat(FranceServicesHours.parseDay(raw).orElseThrow().commentaire())
                .isEqualTo("Sept. - Juin : 9:00 - 12:00 / 14:00 - 17:30 // Été : 10:00 - 12:30 / 13:30 - 18:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "", " "})
    void closedOrEmptyDaysGiveNoEntry(String raw) {
        assertThat(FranceServicesHours.parseDay(raw)).isEmpty();
    }

    @Test
    void mergesConsecutiveIdenticalDaysAndKeepsClosedDaysOut() {
        // Thiérache Sambre et Oise (MATRICULE 3)
        String regular = "9:30 - 12:15 / 13:45 - 16:30";
        String wednesday = "1er mercredi du mois : 9:30 - 12:15 / 13:45 - 16:30 // 3ème mercredi du mois : 9:30 - 12:15 ";

        List<OpeningEntry> week = FranceServicesHours.week(List.of(regular, regular, wednesday, regular, regular, "-"));

        assertThat(week).extracting(OpeningEntry::nomJourDebut, OpeningEntry::nomJourFin).containsExactly(
                Tuple.tuple("Lundi", "Mardi"),
                Tuple.tuple("Mercredi", "Mercredi"),
                Tuple.tuple("Jeudi", "Vendredi"));
        assertThat(week.get(1).hours().slots()).isEmpty();
        assertThat(week.get(1).hours().commentaire()).startsWith("1er mercredi du mois");
        assertThat(week.get(2).hours()).isEqualTo(week.get(0).hours());
    }

    @Test
    void everySlotReadFromTheRealFileUsesTimesWrittenInItsDayString() throws IOException {
        Pattern time = Pattern.compile("(\\d{2}):(\\d{2}):00");
        int slots = 0;
        for (JsonElement feature : JsonFiles.parse(GEOJSON).getAsJsonObject().getAsJsonArray("features")) {
            JsonObject site = feature.getAsJsonObject().getAsJsonObject("properties");
            for (String field : DAY_FIELDS) {
                String source = FranceServicesHours.normalise(site.get(field).getAsString());
                Optional<DayHours> hours = FranceServicesHours.parseDay(site.get(field).getAsString());
                for (DayHours.Slot slot : hours.map(DayHours::slots).orElse(List.of())) {
                    for (String value : List.of(slot.start(), slot.end())) {
                        Matcher matcher = time.matcher(value);
                        assertThat(matcher.matches()).isTrue();
                        String written = Integer.parseInt(matcher.group(1)) + ":" + matcher.group(2);
                        assertThat(source).as("%s %s", site.get("MATRICULE"), field).contains(written);
                    }
                    slots++;
                }
                hours.filter(day -> day.slots().isEmpty())
                        .ifPresent(day -> assertThat(day.commentaire()).isEqualTo(source));
            }
        }
        assertThat(slots).isGreaterThan(5_000);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
