package org.guichet.domain.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.domain.hours.Ranges.range;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Status computed in the office's own zone: overseas offices and daylight-saving nights. */
class OfficeZoneStatusTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
    private static final ZoneId TAHITI = ZoneId.of("Pacific/Tahiti");
    private static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");
    private static final WeeklySchedule WEEKDAYS = WeeklySchedule.of(List.of(
            range(MONDAY, FRIDAY, "08:00-12:00", "13:00-16:00")));

    @Test
    void reunionOfficeIsOpenAtHalfPastEightLocalWhileParisIsAtNight() {
        Instant now = Instant.parse("2026-03-02T04:30:00Z");
        assertThat(now.atZone(PARIS).getHour()).isEqualTo(5);

        OpeningStatus reunion = new OfficeHours(WEEKDAYS, REUNION, "974").statusAt(now);
        OpeningStatus paris = new OfficeHours(WEEKDAYS, PARIS, "75").statusAt(now);

        assertThat(reunion).isEqualTo(new OpeningStatus.Open(
                at("2026-03-02T12:00", REUNION), false, Optional.of(at("2026-03-02T13:00", REUNION)), false));
        assertThat(paris).isEqualTo(new OpeningStatus.Closed(Optional.of(at("2026-03-02T08:00", PARIS)), false));
    }

    @Test
    void reunionClosesForItsAbolitionDayButParisDoesNot() {
        Instant mondayAfternoonInReunion = at("2027-12-20T14:00", REUNION).toInstant();

        assertThat(new OfficeHours(WEEKDAYS, REUNION, "974").statusAt(mondayAfternoonInReunion))
                .isEqualTo(new OpeningStatus.ClosedForHoliday(
                        new Holiday(HolidayKind.ABOLITION_OF_SLAVERY_DAY, LocalDate.parse("2027-12-20")),
                        Optional.of(at("2027-12-21T08:00", REUNION)), false));
        assertThat(new OfficeHours(WEEKDAYS, PARIS, "75").statusAt(mondayAfternoonInReunion))
                .isInstanceOf(OpeningStatus.Open.class);
    }

    @Test
    void guadeloupeHolidayIsJudgedOnTheLocalDate() {
        ZoneId guadeloupe = ZoneId.of("America/Guadeloupe");
        OfficeHours pointeAPitre = new OfficeHours(WEEKDAYS, guadeloupe, "971");

        assertThat(pointeAPitre.statusAt(at("2026-05-27T10:00", guadeloupe).toInstant()))
                .isInstanceOf(OpeningStatus.ClosedForHoliday.class);
        // 28 May 00:30 in Paris is still the holiday evening of 27 May in Guadeloupe.
        assertThat(pointeAPitre.statusAt(at("2026-05-28T00:30", PARIS).toInstant()))
                .isEqualTo(new OpeningStatus.ClosedForHoliday(
                        new Holiday(HolidayKind.ABOLITION_OF_SLAVERY_DAY, LocalDate.parse("2026-05-27")),
                        Optional.of(at("2026-05-28T08:00", guadeloupe)), false));
    }

    @Test
    void tahitiOfficeIsStillOnMondayWhenParisIsOnTuesday() {
        Instant now = Instant.parse("2026-03-03T01:00:00Z");

        assertThat(new OfficeHours(WEEKDAYS, TAHITI, "987").statusAt(now)).isEqualTo(new OpeningStatus.Open(
                at("2026-03-02T16:00", TAHITI), false, Optional.empty(), false));
    }

    @Test
    void noumeaOfficeIsAlreadyOnMondayWhenParisIsOnSunday() {
        Instant now = Instant.parse("2026-03-01T22:00:00Z");

        assertThat(new OfficeHours(WEEKDAYS, NOUMEA, "988").statusAt(now)).isEqualTo(new OpeningStatus.Open(
                at("2026-03-02T12:00", NOUMEA), false, Optional.of(at("2026-03-02T13:00", NOUMEA)), false));
    }

    @Test
    void springForwardNightSlotAcrossTheGapIsShorter() {
        OfficeHours night = sundayNight("01:00-04:00");

        // 00:30Z is 01:30 CET: two real hours remain until 04:00 CEST.
        assertThat(night.statusAt(Instant.parse("2026-03-29T00:30:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-03-29T04:00+02:00[Europe/Paris]"), false, Optional.empty(), false));
        // 01:30Z is 03:30 CEST, after the jump: 30 minutes left.
        assertThat(night.statusAt(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-03-29T04:00+02:00[Europe/Paris]"), true, Optional.empty(), false));
    }

    @Test
    void springForwardSlotInsideTheMissingHourNeverOpensThatNight() {
        OfficeHours missingHour = sundayNight("02:00-03:00");

        assertThat(missingHour.statusAt(Instant.parse("2026-03-29T00:30:00Z"))).isEqualTo(new OpeningStatus.Closed(
                Optional.of(ZonedDateTime.parse("2026-04-05T02:00+02:00[Europe/Paris]")), false));
        assertThat(missingHour.statusAt(Instant.parse("2026-03-29T01:00:00Z")))
                .isInstanceOf(OpeningStatus.Closed.class);
    }

    @Test
    void springForwardSlotStartingInTheMissingHourOpensWhenClocksResume() {
        OfficeHours halfInGap = sundayNight("02:30-05:00");

        assertThat(halfInGap.statusAt(Instant.parse("2026-03-29T00:45:00Z"))).isEqualTo(new OpeningStatus.Closed(
                Optional.of(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Paris]")), false));
        assertThat(halfInGap.statusAt(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-03-29T05:00+02:00[Europe/Paris]"), false, Optional.empty(), false));
    }

    @Test
    void fallBackNightSlotIsOpenThroughBothPassesOfTheRepeatedHour() {
        OfficeHours night = sundayNight("01:00-04:00");
        OpeningStatus.Open openUntilFour = new OpeningStatus.Open(
                ZonedDateTime.parse("2026-10-25T04:00+01:00[Europe/Paris]"), false, Optional.empty(), false);

        // 02:30 CEST, then 02:30 CET one hour later: one slot, one closing time.
        assertThat(night.statusAt(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo(openUntilFour);
        assertThat(night.statusAt(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo(openUntilFour);
        assertThat(night.statusAt(Instant.parse("2026-10-25T02:30:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-10-25T04:00+01:00[Europe/Paris]"), true, Optional.empty(), false));
    }

    @Test
    void fallBackNightNextOpeningSkipsAllSaintsDaySunday() {
        OfficeHours night = sundayNight("01:00-04:00");

        assertThat(night.statusAt(Instant.parse("2026-10-25T03:00:00Z"))).isEqualTo(new OpeningStatus.Closed(
                Optional.of(ZonedDateTime.parse("2026-11-08T01:00+01:00[Europe/Paris]")), false));
    }

    @Test
    void fallBackSlotInsideTheRepeatedHourUsesItsFirstPass() {
        OfficeHours repeated = sundayNight("02:00-02:30");

        assertThat(repeated.statusAt(Instant.parse("2026-10-25T00:15:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-10-25T02:30+02:00[Europe/Paris]"), true, Optional.empty(), false));
        assertThat(repeated.statusAt(Instant.parse("2026-10-25T01:15:00Z"))).isInstanceOf(OpeningStatus.Closed.class);
    }

    @Test
    void weekdayOfficeIsUnaffectedOnTheMondayAfterTheChange() {
        OfficeHours mairie = new OfficeHours(WEEKDAYS, PARIS, "75");

        assertThat(mairie.statusAt(Instant.parse("2026-03-30T06:00:00Z"))).isEqualTo(new OpeningStatus.Open(
                ZonedDateTime.parse("2026-03-30T12:00+02:00[Europe/Paris]"), false,
                Optional.of(ZonedDateTime.parse("2026-03-30T13:00+02:00[Europe/Paris]")), false));
    }

    private static OfficeHours sundayNight(String slot) {
        return new OfficeHours(WeeklySchedule.of(List.of(range(SUNDAY, SUNDAY, slot))), PARIS, "75");
    }

    private static ZonedDateTime at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone);
    }
}
