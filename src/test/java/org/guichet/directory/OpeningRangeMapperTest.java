package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningRangeMapperTest {

    private static OpeningRange map(String json) {
        return OpeningRangeMapper.map(JsonParser.parseString(json));
    }

    @ParameterizedTest
    @CsvSource({"Lundi,MONDAY", "mardi,TUESDAY", "MERCREDI,WEDNESDAY", "Mércredi,WEDNESDAY",
            " Jeudi ,THURSDAY", "Vendredi,FRIDAY", "Samedi,SATURDAY", "Dimanche,SUNDAY"})
    void readsFrenchDayNamesWhateverTheCaseAndAccents(String name, DayOfWeek day) {
        assertThat(FrenchDayNames.parse(name)).isEqualTo(day);
    }

    @Test
    void readsADayRangeWithTwoSlots() {
        OpeningRange range = map("""
                {"nom_jour_debut":"Lundi","nom_jour_fin":"Vendredi","valeur_heure_debut_1":"09:00:00",
                 "valeur_heure_fin_1":"12:00:00","valeur_heure_debut_2":"14:00","valeur_heure_fin_2":"17:00",
                 "commentaire":"Accueil ouvert uniquement le 2e et 4e samedis de chaque mois."}""");

        assertThat(range).isEqualTo(new OpeningRange(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, List.of(
                new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new TimeSlot(LocalTime.of(14, 0), LocalTime.of(17, 0))),
                "Accueil ouvert uniquement le 2e et 4e samedis de chaque mois."));
    }

    @Test
    void toleratesAMissingLastDaySecondSlotCommentAndShortHours() {
        OpeningRange range = map("""
                {"nom_jour_debut":"Samedi","valeur_heure_debut_1":"9:00","valeur_heure_fin_1":"24:00"}""");

        assertThat(range).isEqualTo(new OpeningRange(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY,
                List.of(new TimeSlot(LocalTime.of(9, 0), LocalTime.MAX)), ""));
    }

    @Test
    void keepsAnEntryWithoutSlotsForItsComment() {
        assertThat(map("""
                {"nom_jour_debut":"Mercredi","nom_jour_fin":"Mercredi","valeur_heure_debut_1":"",
                 "valeur_heure_fin_1":"","commentaire":"Sur rendez-vous"}"""))
                .isEqualTo(new OpeningRange(DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY, List.of(), "Sur rendez-vous"));
    }

    @Test
    void rejectsAnEntryWithAnUnknownDayOrAHalfSlot() {
        assertThatThrownBy(() -> map("{\"nom_jour_debut\":\"Monday\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map("{\"nom_jour_debut\":\"Lundi\",\"valeur_heure_debut_1\":\"09:00:00\"}"))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> map("{\"nom_jour_debut\":\"Lundi\",\"valeur_heure_debut_1\":\"9h\",\"valeur_heure_fin_1\":\"12h\"}"))
                .isInstanceOf(RuntimeException.class);
    }
}
