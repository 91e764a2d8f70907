package org.guichet.appointments;

import java.time.Instant;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The reminder centre in the app: the reminders due now, shown on the Rendez-vous tab. Update it on the UI thread. */
public final class InAppReminders implements ReminderNotifier {

    private final ObservableList<Reminder> due = FXCollections.observableArrayList();

    @Override
    public void update(List<Reminder> reminders, Instant now) {
        due.setAll(reminders.stream().filter(reminder -> reminder.isDue(now)).toList());
    }

    public ObservableList<Reminder> due() {
        return FXCollections.unmodifiableObservableList(due);
    }
}
