package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant START = Instant.parse("2026-11-24T17:30:00Z");

    @Test
    void theDayBeforeAndTwoHoursBeforeEachUpcomingAppointment() {
        List<Reminder> reminders = Reminders.of(List.of(appointment(BookingStatus.CONFIRMED)),
                Instant.parse("2026-11-23T09:00:00Z"));

        assertThat(reminders).extracting(Reminder::kind)
                .containsExactly(ReminderKind.DAY_BEFORE, ReminderKind.TWO_HOURS_BEFORE);
        assertThat(reminders).extracting(Reminder::at)
                .containsExactly(Instant.parse("2026-11-23T17:30:00Z"), Instant.parse("2026-11-24T15:30:00Z"));
    }

    @Test
    void theInAppCentreShowsTheRemindersDueNow() {
        InAppReminders centre = new InAppReminders();
        List<Appointment> appointments = List.of(appointment(BookingStatus.CONFIRMED));

        Instant morning = Instant.parse("2026-11-23T09:00:00Z");
        centre.update(Reminders.of(appointments, morning), morning);
        assertThat(centre.due()).isEmpty();

        Instant evening = Instant.parse("2026-11-23T18:00:00Z");
        centre.update(Reminders.of(appointments, evening), evening);
        assertThat(centre.due()).extracting(Reminder::kind).containsExactly(ReminderKind.DAY_BEFORE);

        Instant soon = Instant.parse("2026-11-24T16:00:00Z");
        centre.update(Reminders.of(appointments, soon), soon);
        assertThat(centre.due()).extracting(Reminder::kind)
                .containsExactly(ReminderKind.DAY_BEFORE, ReminderKind.TWO_HOURS_BEFORE);

        Instant after = Instant.parse("2026-11-24T17:31:00Z");
        centre.update(Reminders.of(appointments, after), after);
        assertThat(centre.due()).isEmpty();
    }

    @Test
    void aCancelledAppointmentGivesNoReminder() {
        assertThat(Reminders.of(List.of(appointment(BookingStatus.CANCELLED)), Instant.parse("2026-11-24T16:00:00Z")))
                .isEmpty();
    }

    private static Appointment appointment(BookingStatus status) {
        OfficeSummary office = new OfficeSummary("caf", "CAF", "", "", "", PARIS);
        return new Appointment("token-aaaaaaaaaaaaaaaaaaaa", "RDV-1", status, office, "conseiller-caf", "Conseiller", "",
                BookingMode.PHONE, START, 30, PARIS);
    }
}
