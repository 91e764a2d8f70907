package org.guichet.domain.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.guichet.domain.hours.Ranges.commented;
import static org.guichet.domain.hours.Ranges.range;
import static org.guichet.domain.hours.Ranges.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekViewTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String SECOND_AND_FOURTH_SATURDAYS = "2e et 4e samedis";
    private static final WeeklySchedule SCHEDULE = WeeklySchedule.of(List.of(
            range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00"),
            commented(SATURDAY, SATURDAY, SECOND_AND_FOURTH_SATURDAYS, "09:00-12:00")));
    private static final OfficeHours MAIRIE = new OfficeHours(SCHEDULE, PARIS, "75");

    @Test
    void weekOfTheFourteenthOfJulyStartsOnMondayAndMarksTheHoliday() {
        LocalDate wednesday = LocalDate.parse("2026-07-15");

        WeekView week = MAIRIE.weekContaining(wednesday, wednesday);

        assertThat(week.days()).extracting(DaySchedule::date)
                .containsExactly(dates("2026-07-13", "2026-07-14", "2026-07-15", "2026-07-16", "2026-07-17",
                        "2026-07-18", "2026-07-19"));
        assertThat(week.days()).extracting(DaySchedule::dayOfWeek).containsExactly(DayOfWeek.values());
        assertThat(week.days()).extracting(DaySchedule::isToday)
                .containsExactly(false, false, true, false, false, false, false);
        assertThat(week.days().get(0)).isEqualTo(new DaySchedule(LocalDate.parse("2026-07-13"),
                slots("09:00-12:00", "14:00-17:00"), Optional.empty(), List.of(), false));
        assertThat(week.days().get(1)).isEqualTo(new DaySchedule(LocalDate.parse("2026-07-14"), List.of(),
                Optional.of(new Holiday(HolidayKind.NATIONAL_DAY, LocalDate.parse("2026-07-14"))), List.of(), false));
    }

    @Test
    void daysCarryTheirCommentsAndUncertainty() {
        WeekView week = MAIRIE.weekContaining(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-04"));

        DaySchedule saturday = week.days().get(5);
        assertThat(saturday.slots()).isEqualTo(slots("09:00-12:00"));
        assertThat(saturday.comments()).containsExactly(SECOND_AND_FOURTH_SATURDAYS);
        assertThat(saturday.isUncertain()).isTrue();
        assertThat(week.days().get(6).slots()).isEmpty();
        assertThat(week.days().get(6).isUncertain()).isFalse();
    }

    @Test
    void sundayBelongsToTheWeekThatStartedTheMondayBefore() {
        WeekView week = MAIRIE.weekContaining(LocalDate.parse("2026-03-08"), LocalDate.parse("2026-03-10"));

        assertThat(week.days().get(0).date()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(week.days()).noneMatch(DaySchedule::isToday);
    }

    @Test
    void weekAcrossNewYearUsesTheHolidaysOfBothYears() {
        OfficeHours strasbourg = new OfficeHours(SCHEDULE, PARIS, "67");

        WeekView week = strasbourg.weekContaining(LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-31"));

        assertThat(week.days()).extracting(day -> day.holiday().map(Holiday::kind).orElse(null))
                .containsExactly(null, null, null, null, HolidayKind.NEW_YEARS_DAY, null, null);
        assertThat(week.days().get(4).date()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(week.days().get(4).slots()).isEmpty();
        assertThat(week.days().get(4).comments()).isEmpty();
    }

    @Test
    void christmasWeekInAlsaceHasTwoHolidays() {
        OfficeHours strasbourg = new OfficeHours(SCHEDULE, PARIS, "67");

        WeekView week = strasbourg.weekContaining(LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-21"));

        assertThat(week.days()).filteredOn(day -> day.holiday().isPresent())
                .extracting(day -> day.holiday().get().kind())
                .containsExactly(HolidayKind.CHRISTMAS_DAY, HolidayKind.SAINT_STEPHENS_DAY);
        // Saint Stephen's Day closes even the uncertain Saturday, but its comment is still shown.
        assertThat(week.days().get(5).slots()).isEmpty();
        assertThat(week.days().get(5).comments()).containsExactly(SECOND_AND_FOURTH_SATURDAYS);
    }

    @Test
    void currentWeekIsTheOfficesLocalWeek() {
        Instant sundayEveningInParis = Instant.parse("2026-03-01T21:00:00Z");
        OfficeHours reunion = new OfficeHours(SCHEDULE, ZoneId.of("Indian/Reunion"), "974");

        WeekView parisWeek = MAIRIE.weekAt(sundayEveningInParis);
        WeekView reunionWeek = reunion.weekAt(sundayEveningInParis);

        assertThat(parisWeek.days().get(0).date()).isEqualTo(LocalDate.parse("2026-02-23"));
        assertThat(parisWeek.days().get(6).isToday()).isTrue();
        assertThat(reunionWeek.days().get(0).date()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(reunionWeek.days().get(0).isToday()).isTrue();
    }

    @Test
    void springForwardSundayShowsTheScheduledSlotsAsWritten() {
        OfficeHours night = new OfficeHours(WeeklySchedule.of(List.of(range(SUNDAY, SUNDAY, "02:00-03:00"))),
                PARIS, "75");

        WeekView week = night.weekContaining(LocalDate.parse("2026-03-29"), LocalDate.parse("2026-03-29"));

        assertThat(week.days().get(6).slots()).isEqualTo(slots("02:00-03:00"));
    }

    @Test
    void aWeekHasSevenDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeekView(List.of()));
    }

    private static LocalDate[] dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toArray(LocalDate[]::new);
    }
}
