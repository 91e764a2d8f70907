package org.guichet.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.domain.hours.HolidayKind.ABOLITION_OF_SLAVERY_DAY;
import static org.guichet.domain.hours.HolidayKind.ALL_SAINTS_DAY;
import static org.guichet.domain.hours.HolidayKind.ARMISTICE_DAY;
import static org.guichet.domain.hours.HolidayKind.ASCENSION_DAY;
import static org.guichet.domain.hours.HolidayKind.ASSUMPTION_DAY;
import static org.guichet.domain.hours.HolidayKind.CHRISTMAS_DAY;
import static org.guichet.domain.hours.HolidayKind.EASTER_MONDAY;
import static org.guichet.domain.hours.HolidayKind.GOOD_FRIDAY;
import static org.guichet.domain.hours.HolidayKind.LABOUR_DAY;
import static org.guichet.domain.hours.HolidayKind.NATIONAL_DAY;
import static org.guichet.domain.hours.HolidayKind.NEW_YEARS_DAY;
import static org.guichet.domain.hours.HolidayKind.SAINT_STEPHENS_DAY;
import static org.guichet.domain.hours.HolidayKind.VICTORY_IN_EUROPE_DAY;
import static org.guichet.domain.hours.HolidayKind.WHIT_MONDAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicHolidaysTest {

    private static final List<Holiday> NATIONAL_2026 = List.of(
            holiday(NEW_YEARS_DAY, "2026-01-01"),
            holiday(EASTER_MONDAY, "2026-04-06"),
            holiday(LABOUR_DAY, "2026-05-01"),
            holiday(VICTORY_IN_EUROPE_DAY, "2026-05-08"),
            holiday(ASCENSION_DAY, "2026-05-14"),
            holiday(WHIT_MONDAY, "2026-05-25"),
            holiday(NATIONAL_DAY, "2026-07-14"),
            holiday(ASSUMPTION_DAY, "2026-08-15"),
            holiday(ALL_SAINTS_DAY, "2026-11-01"),
            holiday(ARMISTICE_DAY, "2026-11-11"),
            holiday(CHRISTMAS_DAY, "2026-12-25"));

    @Test
    void paris2026HasTheElevenNationalHolidays() {
        assertThat(PublicHolidays.inYear(2026, "75")).containsExactlyElementsOf(NATIONAL_2026);
    }

    @ParameterizedTest
    @ValueSource(strings = {"57", "67", "68"})
    void alsaceMoselle2026AddsGoodFridayAndSaintStephensDay(String departmentCode) {
        assertThat(PublicHolidays.inYear(2026, departmentCode))
                .containsExactlyElementsOf(withExtras(
                        holiday(GOOD_FRIDAY, "2026-04-03"),
                        holiday(SAINT_STEPHENS_DAY, "2026-12-26")));
    }

    @Test
    void guadeloupe2026AddsTheAbolitionOfSlaveryOn27May() {
        assertThat(PublicHolidays.inYear(2026, "971"))
                .containsExactlyElementsOf(withExtras(holiday(ABOLITION_OF_SLAVERY_DAY, "2026-05-27")));
    }

    @Test
    void reunion2026AddsTheAbolitionOfSlaveryOn20December() {
        assertThat(PublicHolidays.inYear(2026, "974"))
                .containsExactlyElementsOf(withExtras(holiday(ABOLITION_OF_SLAVERY_DAY, "2026-12-20")));
    }

    @Test
    void mayotte2026AddsTheAbolitionOfSlaveryOn27April() {
        assertThat(PublicHolidays.inYear(2026, "976"))
                .containsExactlyElementsOf(withExtras(holiday(ABOLITION_OF_SLAVERY_DAY, "2026-04-27")));
    }

    @ParameterizedTest(name = "{0}: abolition of slavery on {1}")
    @CsvSource({
            "971, 2026-05-27",
            "972, 2026-05-22",
            "973, 2026-06-10",
            "974, 2026-12-20",
            "976, 2026-04-27",
            "977, 2026-10-09",
            "978, 2026-05-28"
    })
    void abolitionOfSlaveryDayByTerritory(String departmentCode, LocalDate date) {
        assertThat(PublicHolidays.on(date, departmentCode)).contains(new Holiday(ABOLITION_OF_SLAVERY_DAY, date));
        assertThat(PublicHolidays.on(date, "75")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"75", "2A", "2B", "13", "975", "986", "987", "988"})
    void otherTerritoriesHaveOnlyTheNationalHolidays(String departmentCode) {
        assertThat(PublicHolidays.inYear(2026, departmentCode)).containsExactlyElementsOf(NATIONAL_2026);
    }

    @Test
    void easterBasedHolidaysFollowEaster() {
        assertThat(PublicHolidays.inYear(2024, "57")).contains(
                holiday(GOOD_FRIDAY, "2024-03-29"),
                holiday(EASTER_MONDAY, "2024-04-01"),
                holiday(ASCENSION_DAY, "2024-05-09"),
                holiday(WHIT_MONDAY, "2024-05-20"));
    }

    @Test
    void holidaysFallingOnTheSameDayAreBothListed() {
        assertThat(PublicHolidays.inYear(2008, "75"))
                .contains(holiday(LABOUR_DAY, "2008-05-01"), holiday(ASCENSION_DAY, "2008-05-01"))
                .hasSize(11);
        assertThat(PublicHolidays.on(LocalDate.parse("2008-05-01"), "75")).isPresent();
    }

    @Test
    void onFindsTheHolidayOfADate() {
        assertThat(PublicHolidays.on(LocalDate.parse("2026-07-14"), "75"))
                .contains(holiday(NATIONAL_DAY, "2026-07-14"));
        assertThat(PublicHolidays.on(LocalDate.parse("2026-12-26"), "67"))
                .contains(holiday(SAINT_STEPHENS_DAY, "2026-12-26"));
        assertThat(PublicHolidays.on(LocalDate.parse("2026-12-26"), "75")).isEmpty();
        assertThat(PublicHolidays.on(LocalDate.parse("2026-07-13"), "75")).isEmpty();
    }

    private static List<Holiday> withExtras(Holiday... extras) {
        List<Holiday> all = new ArrayList<>(NATIONAL_2026);
        all.addAll(List.of(extras));
        all.sort(java.util.Comparator.comparing(Holiday::date));
        return all;
    }

    private static Holiday holiday(HolidayKind kind, String date) {
        return new Holiday(kind, LocalDate.parse(date));
    }
}
