package org.guichet.domain.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.domain.hours.Ranges.commented;
import static org.guichet.domain.hours.Ranges.range;
import static org.guichet.domain.hours.Ranges.slot;
import static org.guichet.domain.hours.Ranges.slots;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WeeklyScheduleTest {

    @ParameterizedTest
    @EnumSource(value = DayOfWeek.class, names = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
    void mondayToFridayCoversBothEnds(DayOfWeek day) {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00")));

        assertThat(schedule.on(day).slots()).isEqualTo(slots("09:00-12:00", "14:00-17:00"));
        assertThat(schedule.on(day).isUncertain()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = DayOfWeek.class, names = {"SATURDAY", "SUNDAY"})
    void daysOutsideEveryRangeAreClosed(DayOfWeek day) {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(MONDAY, FRIDAY, "09:00-12:00")));

        assertThat(schedule.on(day).slots()).isEmpty();
        assertThat(schedule.on(day).comments()).isEmpty();
    }

    @Test
    void singleDayRange() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(WEDNESDAY, WEDNESDAY, "08:30-12:00")));

        assertThat(schedule.on(WEDNESDAY).slots()).containsExactly(slot("08:30-12:00"));
        EnumSet.complementOf(EnumSet.of(WEDNESDAY))
                .forEach(day -> assertThat(schedule.on(day).slots()).as("%s", day).isEmpty());
    }

    @Test
    void rangeWrappingPastSundayCoversSaturdaySundayAndMonday() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(SATURDAY, MONDAY, "10:00-12:00")));

        assertThat(schedule.on(SATURDAY).slots()).containsExactly(slot("10:00-12:00"));
        assertThat(schedule.on(SUNDAY).slots()).containsExactly(slot("10:00-12:00"));
        assertThat(schedule.on(MONDAY).slots()).containsExactly(slot("10:00-12:00"));
        for (DayOfWeek day : List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            assertThat(schedule.on(day).slots()).as("%s", day).isEmpty();
        }
    }

    @Test
    void entryWithOnlyAFirstSlotGivesOneSlot() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(MONDAY, FRIDAY, "09:00-12:30")));

        assertThat(schedule.on(THURSDAY).slots()).containsExactly(slot("09:00-12:30"));
    }

    @Test
    void entriesOutOfOrderGiveSortedSlots() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(SATURDAY, SATURDAY, "09:00-12:00"),
                range(MONDAY, MONDAY, "14:00-17:00"),
                range(MONDAY, FRIDAY, "08:30-12:00")));

        assertThat(schedule.on(MONDAY).slots()).isEqualTo(slots("08:30-12:00", "14:00-17:00"));
        assertThat(schedule.on(TUESDAY).slots()).isEqualTo(slots("08:30-12:00"));
        assertThat(schedule.on(SATURDAY).slots()).isEqualTo(slots("09:00-12:00"));
    }

    @Test
    void slotsWithinAnEntryOutOfOrderAreSorted() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(range(MONDAY, MONDAY, "14:00-17:00", "09:00-12:00")));

        assertThat(schedule.on(MONDAY).slots()).isEqualTo(slots("09:00-12:00", "14:00-17:00"));
    }

    @Test
    void overlappingEntriesAreMergedPerDay() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(MONDAY, FRIDAY, "09:00-12:00", "14:00-17:00"),
                range(TUESDAY, TUESDAY, "11:00-13:00"),
                range(FRIDAY, FRIDAY, "13:00-18:00")));

        assertThat(schedule.on(MONDAY).slots()).isEqualTo(slots("09:00-12:00", "14:00-17:00"));
        assertThat(schedule.on(TUESDAY).slots()).isEqualTo(slots("09:00-13:00", "14:00-17:00"));
        assertThat(schedule.on(FRIDAY).slots()).isEqualTo(slots("09:00-12:00", "13:00-18:00"));
    }

    @Test
    void slotsThatTouchOrRepeatAreMerged() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(MONDAY, MONDAY, "09:00-12:00", "12:00-14:00"),
                range(MONDAY, MONDAY, "09:00-12:00"),
                range(MONDAY, MONDAY, "09:30-10:00")));

        assertThat(schedule.on(MONDAY).slots()).containsExactly(slot("09:00-14:00"));
    }

    @Test
    void slotsEndingAtOrBeforeTheirStartAreDroppedWithoutDroppingTheRest() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(MONDAY, MONDAY, "12:00-09:00", "14:00-17:00"),
                range(TUESDAY, TUESDAY, "09:00-09:00"),
                range(WEDNESDAY, WEDNESDAY, "00:00-00:00")));

        assertThat(schedule.on(MONDAY).slots()).containsExactly(slot("14:00-17:00"));
        assertThat(schedule.on(TUESDAY).slots()).isEmpty();
        assertThat(schedule.on(WEDNESDAY).slots()).isEmpty();
    }

    @Test
    void commentMakesTheDaysOfItsEntryUncertain() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(MONDAY, FRIDAY, "08:30-12:00"),
                commented(SATURDAY, SATURDAY, "Accueil ouvert uniquement le 2e et 4e samedis de chaque mois.",
                        "09:00-12:00")));

        assertThat(schedule.on(SATURDAY).slots()).containsExactly(slot("09:00-12:00"));
        assertThat(schedule.on(SATURDAY).comments())
                .containsExactly("Accueil ouvert uniquement le 2e et 4e samedis de chaque mois.");
        assertThat(schedule.on(SATURDAY).isUncertain()).isTrue();
        assertThat(schedule.on(FRIDAY).isUncertain()).isFalse();
    }

    @Test
    void commentsOfOverlappingEntriesAreAllKeptOnceEach() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                commented(MONDAY, FRIDAY, "Sur rendez-vous l'après-midi", "09:00-12:00", "14:00-16:00"),
                commented(FRIDAY, FRIDAY, "Fermé le dernier vendredi du mois", "09:00-12:00"),
                commented(MONDAY, FRIDAY, "Sur rendez-vous l'après-midi", "09:00-12:00")));

        assertThat(schedule.on(FRIDAY).comments())
                .containsExactly("Sur rendez-vous l'après-midi", "Fermé le dernier vendredi du mois");
        assertThat(schedule.on(MONDAY).comments()).containsExactly("Sur rendez-vous l'après-midi");
    }

    @Test
    void blankCommentIsNoComment() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                commented(MONDAY, MONDAY, "   ", "09:00-12:00"),
                new OpeningRange(TUESDAY, TUESDAY, slots("09:00-12:00"), null)));

        assertThat(schedule.on(MONDAY).isUncertain()).isFalse();
        assertThat(schedule.on(TUESDAY).isUncertain()).isFalse();
    }

    @Test
    void commentOnADayWithoutSlotsIsKept() {
        WeeklySchedule schedule = WeeklySchedule.of(List.of(
                range(MONDAY, FRIDAY, "09:00-12:00"),
                commented(SATURDAY, SATURDAY, "Permanence sur rendez-vous")));

        assertThat(schedule.on(SATURDAY).slots()).isEmpty();
        assertThat(schedule.on(SATURDAY).comments()).containsExactly("Permanence sur rendez-vous");
    }

    @Test
    void scheduleWithoutAnyValidSlotHasNoHours() {
        assertThat(WeeklySchedule.of(List.of()).hasHours()).isFalse();
        assertThat(WeeklySchedule.of(List.of(commented(MONDAY, FRIDAY, "Sur rendez-vous"))).hasHours()).isFalse();
        assertThat(WeeklySchedule.of(List.of(range(MONDAY, MONDAY, "17:00-09:00"))).hasHours()).isFalse();
        assertThat(WeeklySchedule.of(List.of(range(SUNDAY, SUNDAY, "10:00-11:00"))).hasHours()).isTrue();
    }

    @Test
    void timeSlotKnowsWhetherItHasALength() {
        assertThat(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(9, 1)).hasPositiveLength()).isTrue();
        assertThat(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(9, 0)).hasPositiveLength()).isFalse();
    }
}
