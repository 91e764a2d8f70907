package org.guichet.appointments;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/** Step 4: who to reach and how, and what the office should prepare. */
final class ContactStepView {

    private ContactStepView() {
    }

    static Node of(I18n i18n, BookingFlow flow) {
        ContactForm form = flow.contact();
        String reachKey = flow.mode().get() == BookingMode.PHONE
                ? "appointments.contact.reachPhone" : "appointments.contact.reach";
        return AppointmentViews.stack(
                AppointmentViews.field(i18n, "appointments.contact.name", form.name(), form.nameProblem()),
                Components.paragraph(i18n.text(reachKey)),
                AppointmentViews.field(i18n, "appointments.contact.email", form.email(), form.emailProblem()),
                AppointmentViews.field(i18n, "appointments.contact.phone", form.phone(), form.phoneProblem()),
                Components.heading(i18n, i18n.text("appointments.contact.needs")),
                checkBox(i18n, "appointments.contact.priority", form.priorityReception()),
                checkBox(i18n, "appointments.contact.interpreter", form.signLanguageInterpreter()),
                AppointmentViews.field(i18n, "appointments.contact.note", form.note(), form.noteProblem()),
                Components.primaryButton(i18n.text("appointments.contact.continue"), flow::submitContact));
    }

    private static CheckBox checkBox(I18n i18n, String key, BooleanProperty checked) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(i18n.text(key));
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(CheckBox.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(checked);
        return box;
    }
}
