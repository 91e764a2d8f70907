package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;
import org.guichet.i18n.I18n;
import org.guichet.i18n.Language;
import org.junit.jupiter.api.Test;

/** Status and week said in words at fixed instants, in the office's own time zone. */
class StatusTextsTest {

    private static final OpeningRange WEEKDAYS = new OpeningRange(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            List.of(slot("08:30", "12:00"), slot("13:30", "17:00")), "");
    private static final OpeningRange SOME_SATURDAYS = new OpeningRange(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY,
            List.of(slot("09:00", "12:00")), "2e et 4e samedis");
    private static final Office PARIS = office("75056", "75001", List.of(WEEKDAYS, SOME_SATURDAYS));
    private static final Office REUNION = office("97411", "97400", List.of(WEEKDAYS));
    private static final Office NO_SATURDAYS = office("75056", "75001", List.of(WEEKDAYS));
    private static final Office NO_HOURS = office("45234", "45000", List.of());

    private final I18n french = new I18n(Language.FRENCH);
    private final I18n english = new I18n(Language.ENGLISH);

    @Test
    void openAndClosingTimesAreTheOfficesOwn() {
        Instant tuesdayTenParis = Instant.parse("2026-11-24T09:00:00Z");
        assertThat(status(french, PARIS, tuesdayTenParis)).isEqualTo("Ouvert, ferme à 12:00");
        assertThat(status(english, PARIS, tuesdayTenParis)).isEqualTo("Open, closes at 12:00 PM");
        assertThat(status(french, PARIS, Instant.parse("2026-11-24T10:45:00Z"))).isEqualTo("Ferme bientôt, à 12:00");
        assertThat(status(french, PARIS, Instant.parse("2026-11-24T11:15:00Z")))
                .isEqualTo("Fermé, ouvre aujourd'hui à 13:30");
        assertThat(status(french, PARIS, Instant.parse("2026-11-26T17:00:00Z")))
                .isEqualTo("Fermé, ouvre demain à 08:30");
    }

    @Test
    void anOverseasOfficeFollowsItsZone() {
        Instant tuesdayFiveUtc = Instant.parse("2026-11-24T05:00:00Z");
        assertThat(status(french, REUNION, tuesdayFiveUtc)).isEqualTo("Ouvert, ferme à 12:00");
        assertThat(status(french, PARIS, tuesdayFiveUtc)).isEqualTo("Fermé, ouvre aujourd'hui à 08:30");
        assertThat(status(french, REUNION, Instant.parse("2026-12-18T14:00:00Z")))
                .as("Friday 18:00 in Réunion; Monday 21 follows the abolition-of-slavery day on Sunday 20")
                .isEqualTo("Fermé, ouvre lundi à 08:30");
    }

    @Test
    void aPublicHolidayIsSaidAndNamedInTheWeek() {
        Instant christmasMorning = Instant.parse("2026-12-25T09:00:00Z");
        assertThat(status(french, PARIS, christmasMorning))
                .isEqualTo("Fermé (jour férié), ouvre demain à 09:00 (horaires à confirmer)");
        assertThat(status(english, PARIS, christmasMorning))
                .isEqualTo("Closed (public holiday), opens tomorrow at 9:00 AM (hours to be confirmed)");
        assertThat(status(french, NO_SATURDAYS, christmasMorning)).isEqualTo("Fermé (jour férié), ouvre lundi à 08:30");

        List<WeekLine> week = new HoursTexts(french, new StatusTexts(french))
                .week(OfficeClock.hoursOf(PARIS).weekAt(christmasMorning));
        assertThat(week).extracting(WeekLine::text).containsExactly(
                "Lundi 21 décembre : de 08:30 à 12:00, de 13:30 à 17:00",
                "Mardi 22 décembre : de 08:30 à 12:00, de 13:30 à 17:00",
                "Mercredi 23 décembre : de 08:30 à 12:00, de 13:30 à 17:00",
                "Jeudi 24 décembre : de 08:30 à 12:00, de 13:30 à 17:00",
                "Vendredi 25 décembre (aujourd'hui) : fermé, Noël (jour férié)",
                "Samedi 26 décembre : de 09:00 à 12:00",
                "Dimanche 27 décembre : fermé");
        assertThat(week.get(4).today()).isTrue();
        assertThat(week.get(5).notes()).containsExactly("Horaires à confirmer : 2e et 4e samedis");
    }

    @Test
    void uncertainHoursAreNeverSaidAsCertain() {
        Instant saturdayTen = Instant.parse("2026-11-28T09:00:00Z");
        assertThat(status(french, PARIS, saturdayTen)).isEqualTo("Ouvert, ferme à 12:00 (horaires à confirmer)");
        assertThat(status(english, PARIS, saturdayTen)).isEqualTo("Open, closes at 12:00 PM (hours to be confirmed)");
    }

    @Test
    void noHoursSaysSo() {
        assertThat(status(french, NO_HOURS, Instant.parse("2026-11-24T09:00:00Z"))).isEqualTo("Horaires non communiqués");
        assertThat(status(english, NO_HOURS, Instant.parse("2026-11-24T09:00:00Z"))).isEqualTo("Opening hours not given");
    }

    @Test
    void rowsSayNameCommuneStatusAndDistance() {
        OfficeRow row = new OfficeRows(french).row(PARIS, java.util.OptionalDouble.of(1234),
                Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(row.spoken()).isEqualTo("Mairie de test, Paris. Ouvert, ferme à 12:00. À 1,2 km.");
        assertThat(new OfficeTexts(english).distance(349)).isEqualTo("350 m away");
    }

    private static String status(I18n i18n, Office office, Instant now) {
        return new StatusTexts(i18n).of(OfficeClock.hoursOf(office).statusAt(now), now);
    }

    private static TimeSlot slot(String start, String end) {
        return new TimeSlot(LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Office office(String insee, String postcode, List<OpeningRange> hours) {
        return new Office("id-" + insee, "Mairie de test", "", List.of("mairie"), insee,
                List.of(new Address(Address.Kind.PHYSICAL, List.of("1 place de la Mairie"), postcode, "Paris", "", 48.85,
                        2.35, Accessibility.ACCESSIBLE, "")),
                List.of(new Phone("01 00 00 00 00", "Standard")), List.of(), List.of(), List.of(), List.of(), "", "",
                List.of(), List.of(), "", hours, "", "", "", null);
    }
}
