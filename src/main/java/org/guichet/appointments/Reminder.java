package org.guichet.appointments;

import java.time.Instant;

/** A reminder of an appointment, due at {@code at}. */
public record Reminder(Appointment appointment, ReminderKind kind, Instant at) {

    /** Due from {@code at} until the appointment starts. */
    public boolean isDue(Instant now) {
        return !now.isBefore(at) && now.isBefore(appointment.start());
    }
}
