package org.guichet.appointments;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/** The in-app reminder centre: reminders due now, in words, until the appointment starts. */
final class ReminderCentreView {

    private final I18n i18n;
    private final InAppReminders reminders;
    private final AppointmentTexts texts;
    private final VBox card = AppointmentViews.card();

    ReminderCentreView(I18n i18n, InAppReminders reminders, AppointmentTexts texts) {
        this.i18n = i18n;
        this.reminders = reminders;
        this.texts = texts;
        reminders.due().addListener((ListChangeListener<Reminder>) change -> rebuild());
        i18n.languageProperty().addListener(observable -> rebuild());
        rebuild();
    }

    Node view() {
        return card;
    }

    private void rebuild() {
        card.getChildren().setAll(Components.heading(i18n, i18n.text("appointments.reminders.heading")));
        if (reminders.due().isEmpty()) {
            card.getChildren().add(Components.paragraph(i18n.text("appointments.reminders.none")));
        }
        for (Reminder reminder : reminders.due()) {
            Appointment appointment = reminder.appointment();
            card.getChildren().add(Components.paragraph(i18n.text(
                    reminder.kind() == ReminderKind.DAY_BEFORE
                            ? "appointments.reminders.dayBefore" : "appointments.reminders.twoHoursBefore",
                    texts.dateTime(appointment.startAtOffice()), appointment.reasonLabel(),
                    appointment.office().name())));
        }
    }
}
