package org.guichet.appointments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reminders of upcoming appointments: the day before and two hours before each, in time order. */
public final class Reminders {

    private Reminders() {
    }

    /** Reminders not yet past: due now, or to come. */
    public static List<Reminder> of(List<Appointment> appointments, Instant now) {
        List<Reminder> reminders = new ArrayList<>();
        for (Appointment appointment : appointments) {
            if (appointment.isCancelled() || !appointment.start().isAfter(now)) {
                continue;
            }
            for (ReminderKind kind : ReminderKind.values()) {
                reminders.add(new Reminder(appointment, kind, appointment.start().minus(kind.ahead())));
            }
        }
        reminders.sort(Comparator.comparing(Reminder::at));
        return reminders;
    }
}
