package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.guichet.domain.hours.OfficeHours;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.junit.jupiter.api.Test;

class SlotScheduleTest {
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void verderonneSlotsFallOnlyInItsTuesdayEveningAndSaturdayMorningHoursAndNeverOnBastilleDay() {
        OfficeHours hours = TestOffices.verderonne().hours().orElseThrow();
        // Tuesday 14 July 2026 is the national day.
        List<ZonedDateTime> slots = new SlotSchedule(hours, 20)
                .between(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 19), LONG_AGO);

        assertThat(slots).isNotEmpty().allSatisfy(start -> {
            assertThat(start.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(start.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
            LocalTime end = start.toLocalTime().plusMinutes(20);
            if (start.getDayOfWeek() == DayOfWeek.TUESDAY) {
                assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(17, 0));
                assertThat(end).isBeforeOrEqualTo(LocalTime.of(19, 0));
            } else {
                assertThat(start.toLocalTime()).isAfterOrEqualTo(LocalTime.of(9, 0));
                assertThat(end).isBeforeOrEqualTo(LocalTime.of(11, 30));
            }
        });
        assertThat(slots).noneMatch(start -> start.toLocalDate().equals(LocalDate.of(2026, 7, 14)));
        assertThat(slots).filteredOn(start -> start.toLocalDate().equals(LocalDate.of(2026, 7, 7)))
                .extracting(start -> start.toOffsetDateTime().toString())
                .containsExactly("2026-07-07T17:00+02:00", "2026-07-07T17:20+02:00", "2026-07-07T17:40+02:00",
                        "2026-07-07T18:00+02:00", "2026-07-07T18:20+02:00", "2026-07-07T18:40+02:00");
        assertThat(slots).filteredOn(start -> start.toLocalDate().equals(LocalDate.of(2026, 7, 11))).hasSize(7);
    }

    @Test
    void easterMondayIsClosedAndAlsaceMoselleAlsoClosesOnGoodFriday() {
        List<OpeningRange> weekdays = TestOffices.weekdays("09:00-12:00");
        OfficeHours paris = new BookableOffice(List.of(), weekdays, "75").hours().orElseThrow();
        OfficeHours strasbourg = new BookableOffice(List.of(), weekdays, "67").hours().orElseThrow();
        LocalDate goodFriday = LocalDate.of(2026, 4, 3);
        LocalDate easterMonday = LocalDate.of(2026, 4, 6);

        List<LocalDate> parisDays = days(new SlotSchedule(paris, 30).between(goodFriday, easterMonday, LONG_AGO));
        List<LocalDate> strasbourgDays = days(new SlotSchedule(strasbourg, 30)
                .between(goodFriday, easterMonday, LONG_AGO));

        assertThat(parisDays).containsExactly(goodFriday);
        assertThat(strasbourgDays).isEmpty();
    }

    @Test
    void overseasSlotsAreInTheOfficeZoneAndSkipTheLocalAbolitionOfSlaveryDay() {
        OfficeHours reunion = new BookableOffice(List.of(), TestOffices.weekdays("08:00-12:00"), "974")
                .hours().orElseThrow();
        // 20 December 2027 is a Monday, a public holiday in La Réunion only.
        List<ZonedDateTime> slots = new SlotSchedule(reunion, 30)
                .between(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 21), LONG_AGO);

        assertThat(days(slots)).containsOnly(LocalDate.of(2027, 12, 21));
        assertThat(slots.get(0).toOffsetDateTime().toString()).isEqualTo("2027-12-21T08:00+04:00");
        assertThat(slots.get(slots.size() - 1).toLocalTime()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void onlyFutureSlotsAreOffered() {
        OfficeHours paris = new BookableOffice(List.of(), TestOffices.weekdays("09:00-12:00"), "75")
                .hours().orElseThrow();
        Instant mondayTenParis = Instant.parse("2026-11-23T09:00:00Z");

        List<ZonedDateTime> slots = new SlotSchedule(paris, 30)
                .between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23), mondayTenParis);

        assertThat(slots).extracting(ZonedDateTime::toLocalTime)
                .containsExactly(LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30));
    }

    @Test
    void daysWithACommentAndTimesSkippedBySpringingClocksGiveNoSlot() {
        TimeSlot night = new TimeSlot(LocalTime.of(1, 0), LocalTime.of(4, 0));
        OfficeHours hours = new BookableOffice(List.of(), List.of(
                new OpeningRange(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY, List.of(night), "2e et 4e samedis"),
                new OpeningRange(DayOfWeek.SUNDAY, DayOfWeek.SUNDAY, List.of(night), "")), "75")
                .hours().orElseThrow();
        // Clocks go from 02:00 to 03:00 in Paris on Sunday 29 March 2026.
        List<ZonedDateTime> slots = new SlotSchedule(hours, 60)
                .between(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LONG_AGO);

        assertThat(slots).extracting(ZonedDateTime::toLocalTime)
                .containsExactly(LocalTime.of(1, 0), LocalTime.of(3, 0));
    }

    @Test
    void theScheduleKnowsItsOwnSlotsOnly() {
        OfficeHours paris = new BookableOffice(List.of(), TestOffices.weekdays("09:00-12:00"), "75")
                .hours().orElseThrow();
        SlotSchedule schedule = new SlotSchedule(paris, 30);
        ZoneId zone = ZoneId.of("Europe/Paris");

        assertThat(schedule.contains(ZonedDateTime.of(2026, 11, 24, 9, 30, 0, 0, zone))).isTrue();
        assertThat(schedule.contains(ZonedDateTime.of(2026, 11, 24, 9, 40, 0, 0, zone))).isFalse();
        assertThat(schedule.contains(ZonedDateTime.of(2026, 11, 24, 11, 30, 0, 0, zone))).isTrue();
        assertThat(schedule.contains(ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, zone))).isFalse();
        assertThat(schedule.contains(ZonedDateTime.of(2026, 11, 28, 9, 30, 0, 0, zone))).isFalse();
    }

    private static List<LocalDate> days(List<ZonedDateTime> slots) {
        return slots.stream().map(ZonedDateTime::toLocalDate).distinct().toList();
    }
}
