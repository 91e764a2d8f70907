package org.guichet.domain.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.domain.hours.Ranges.commented;
import static org.guichet.domain.hours.Ranges.range;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningStatusTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String SECOND_AND_FOURTH_SATURDAYS = "Accueil ouvert uniquement le 2e et 4e samedis de chaque mois.";

    /** Monday 2 March 2026 is an ordinary winter Monday (CET, UTC+1). */
    private static final OfficeHours MAIRIE = new OfficeHours(WeeklySchedule.of(List.of(
            range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00"))), PARIS, "75");

    private static final OfficeHours MAIRIE_WITH_SOME_SATURDAYS = new OfficeHours(WeeklySchedule.of(List.of(
            range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00"),
            commented(SATURDAY, SATURDAY, SECOND_AND_FOURTH_SATURDAYS, "09:00-12:00"))), PARIS, "75");

    @Test
    void morningSlotClosesAtNoonAndReopensAfterLunch() {
        assertThat(MAIRIE.statusAt(paris("2026-03-02T10:00"))).isEqualTo(new OpeningStatus.Open(
                parisTime("2026-03-02T12:00"), false, Optional.of(parisTime("2026-03-02T14:00")), false));
    }

    @Test
    void afternoonSlotHasNoReopening() {
        assertThat(MAIRIE.statusAt(paris("2026-03-02T15:00"))).isEqualTo(new OpeningStatus.Open(
                parisTime("2026-03-02T17:00"), false, Optional.empty(), false));
    }

    @Test
    void openAtTheOpeningMinute() {
        assertThat(MAIRIE.statusAt(paris("2026-03-02T09:00"))).isInstanceOf(OpeningStatus.Open.class);
    }

    @ParameterizedTest(name = "at {0} closing soon is {1}")
    @CsvSource({
            "2026-03-02T11:29, false",
            "2026-03-02T11:30, true",
            "2026-03-02T11:59, true",
            "2026-03-02T16:45, true",
            "2026-03-02T14:00, false"
    })
    void closingSoonWithinThirtyMinutesOfClosing(String localTime, boolean closingSoon) {
        OpeningStatus status = MAIRIE.statusAt(paris(localTime));

        assertThat(status).isInstanceOfSatisfying(OpeningStatus.Open.class,
                open -> assertThat(open.closingSoon()).isEqualTo(closingSoon));
    }

    @Test
    void saturdayRestrictedByACommentIsUncertain() {
        assertThat(MAIRIE_WITH_SOME_SATURDAYS.statusAt(paris("2026-03-07T10:00"))).isEqualTo(
                new OpeningStatus.Open(parisTime("2026-03-07T12:00"), false, Optional.empty(), true));
    }

    @ParameterizedTest(name = "at {0} next opening is {1}")
    @CsvSource({
            "2026-03-02T07:00, 2026-03-02T09:00",
            "2026-03-02T12:00, 2026-03-02T14:00",
            "2026-03-02T12:30, 2026-03-02T14:00",
            "2026-03-02T17:00, 2026-03-03T09:00",
            "2026-03-02T23:59, 2026-03-03T09:00",
            "2026-03-06T17:30, 2026-03-09T09:00",
            "2026-03-07T10:00, 2026-03-09T09:00",
            "2026-03-08T12:00, 2026-03-09T09:00"
    })
    void nextOpeningOfAWeekdayOffice(String now, String nextOpening) {
        assertThat(MAIRIE.statusAt(paris(now)))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime(nextOpening)), false));
    }

    @Test
    void fridayEveningNextOpeningOnAnUncertainSaturdayIsUncertain() {
        assertThat(MAIRIE_WITH_SOME_SATURDAYS.statusAt(paris("2026-03-06T18:00")))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-03-07T09:00")), true));
    }

    @Test
    void closedOnAnUncertainDayIsUncertain() {
        assertThat(MAIRIE_WITH_SOME_SATURDAYS.statusAt(paris("2026-03-07T13:00")))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-03-09T09:00")), true));
    }

    @Test
    void eveningBeforeAHolidaySkipsTheHoliday() {
        assertThat(MAIRIE.statusAt(paris("2026-07-13T18:00")))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-07-15T09:00")), false));
    }

    @Test
    void goodFridayAndEasterMondayAreSkippedInAlsaceMoselleOnly() {
        OfficeHours strasbourg = new OfficeHours(MAIRIE.schedule(), PARIS, "67");
        Instant maundyThursdayEvening = paris("2026-04-02T18:00");

        assertThat(strasbourg.statusAt(maundyThursdayEvening))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-04-07T09:00")), false));
        assertThat(MAIRIE.statusAt(maundyThursdayEvening))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-04-03T09:00")), false));
    }

    @Test
    void officeOpenOnlyOnMondaysLooksPastAMondayHoliday() {
        OfficeHours mondaysOnly = new OfficeHours(WeeklySchedule.of(List.of(range(MONDAY, MONDAY, "09:00-12:00"))),
                PARIS, "75");

        assertThat(mondaysOnly.statusAt(paris("2026-05-19T10:00")))
                .isEqualTo(new OpeningStatus.Closed(Optional.of(parisTime("2026-06-01T09:00")), false));
    }

    @Test
    void closedForTheNationalDayOnTuesday14July2026() {
        assertThat(MAIRIE.statusAt(paris("2026-07-14T10:00"))).isEqualTo(new OpeningStatus.ClosedForHoliday(
                new Holiday(HolidayKind.NATIONAL_DAY, LocalDate.parse("2026-07-14")),
                Optional.of(parisTime("2026-07-15T09:00")), false));
    }

    @Test
    void christmasAndSaintStephensDayInAlsace() {
        OfficeHours colmar = new OfficeHours(MAIRIE_WITH_SOME_SATURDAYS.schedule(), PARIS, "68");

        assertThat(colmar.statusAt(paris("2026-12-26T10:00"))).isEqualTo(new OpeningStatus.ClosedForHoliday(
                new Holiday(HolidayKind.SAINT_STEPHENS_DAY, LocalDate.parse("2026-12-26")),
                Optional.of(parisTime("2026-12-28T09:00")), true));
        assertThat(MAIRIE_WITH_SOME_SATURDAYS.statusAt(paris("2026-12-26T10:00")))
                .isInstanceOf(OpeningStatus.Open.class);
    }

    @Test
    void holidayOnADayTheOfficeIsClosedAnywayIsStillReported() {
        assertThat(MAIRIE.statusAt(paris("2026-11-01T10:00"))).isEqualTo(new OpeningStatus.ClosedForHoliday(
                new Holiday(HolidayKind.ALL_SAINTS_DAY, LocalDate.parse("2026-11-01")),
                Optional.of(parisTime("2026-11-02T09:00")), false));
    }

    @Test
    void ascensionBridgeFridayIsAnOrdinaryDay() {
        assertThat(MAIRIE.statusAt(paris("2026-05-14T10:00"))).isInstanceOf(OpeningStatus.ClosedForHoliday.class);
        assertThat(MAIRIE.statusAt(paris("2026-05-15T10:00"))).isInstanceOf(OpeningStatus.Open.class);
    }

    @Test
    void noRangesMeansUnknownEvenOnAHoliday() {
        OfficeHours noHours = new OfficeHours(WeeklySchedule.of(List.of()), PARIS, "75");

        assertThat(noHours.statusAt(paris("2026-03-02T10:00"))).isEqualTo(new OpeningStatus.Unknown());
        assertThat(noHours.statusAt(paris("2026-07-14T10:00"))).isEqualTo(new OpeningStatus.Unknown());
    }

    @Test
    void onlyCommentsOrInvalidSlotsMeansUnknown() {
        OfficeHours onAppointment = new OfficeHours(WeeklySchedule.of(List.of(
                commented(MONDAY, FRIDAY, "Sur rendez-vous uniquement"),
                range(SATURDAY, SATURDAY, "12:00-09:00"))), PARIS, "75");

        assertThat(onAppointment.statusAt(paris("2026-03-02T10:00"))).isEqualTo(new OpeningStatus.Unknown());
    }

    private static Instant paris(String localDateTime) {
        return parisTime(localDateTime).toInstant();
    }

    private static ZonedDateTime parisTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS);
    }
}
