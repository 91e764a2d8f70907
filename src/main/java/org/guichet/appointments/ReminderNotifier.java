package org.guichet.appointments;

import java.time.Instant;
import java.util.List;

/**
 * Tells the citizen about reminders. The in-app reminder centre implements it today; a platform
 * notification service can implement it later and schedule the reminders still to come.
 */
public interface ReminderNotifier {

    /** The reminders of every upcoming appointment, replacing those given before. */
    void update(List<Reminder> reminders, Instant now);
}
