package org.guichet.appointments;

import java.time.ZonedDateTime;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/** Step 5: everything chosen, in words, then confirm; after "slot taken", the nearest free slots. */
final class ReviewStepView {

    private ReviewStepView() {
    }

    static Node of(I18n i18n, AppointmentTexts texts, BookingFlow flow) {
        OfficeSummary office = flow.office().get();
        Reason reason = flow.reason().get();
        BookingMode mode = flow.mode().get();
        ContactForm contact = flow.contact();
        ZonedDateTime at = flow.slots().chosen().get().start().atZoneSameInstant(flow.zone());
        VBox summary = AppointmentViews.card(
                line(i18n, "appointments.review.office", office.name()),
                line(i18n, "appointments.review.reason", reason.label()),
                line(i18n, "appointments.review.mode", texts.mode(mode)),
                line(i18n, "appointments.review.when", texts.dateTime(at)),
                line(i18n, "appointments.review.name", contact.name().get().strip()));
        if (mode == BookingMode.ON_SITE && !office.address().isEmpty()) {
            summary.getChildren().add(line(i18n, "appointments.review.address", office.address()));
        }
        if (!contact.email().get().isBlank()) {
            summary.getChildren().add(line(i18n, "appointments.review.email", contact.email().get().strip()));
        }
        if (!contact.phone().get().isBlank()) {
            summary.getChildren().add(line(i18n, "appointments.review.phone", contact.phone().get().strip()));
        }
        if (contact.priorityReception().get()) {
            summary.getChildren().add(Components.paragraph(i18n.text("appointments.review.priority")));
        }
        if (contact.signLanguageInterpreter().get()) {
            summary.getChildren().add(Components.paragraph(i18n.text("appointments.review.interpreter")));
        }
        if (!contact.note().get().isBlank()) {
            summary.getChildren().add(line(i18n, "appointments.review.note", contact.note().get().strip()));
        }
        Button confirm = Components.primaryButton(Bindings.when(flow.sending())
                .then(i18n.text("appointments.review.sending"))
                .otherwise(i18n.text("appointments.review.confirm")), flow::confirm);
        confirm.disableProperty().bind(flow.sending());
        VBox review = AppointmentViews.stack(summary, confirm);
        if (!flow.slots().alternatives().isEmpty()) {
            review.getChildren().add(alternatives(i18n, texts, flow));
        }
        return review;
    }

    private static Node line(I18n i18n, String key, String value) {
        return Components.paragraph(i18n.text(key, value));
    }

    private static Node alternatives(I18n i18n, AppointmentTexts texts, BookingFlow flow) {
        VBox list = AppointmentViews.card(Components.heading(i18n, i18n.text("appointments.review.alternatives")));
        for (Slot slot : flow.slots().alternatives()) {
            String when = texts.dateTime(slot.start().atZoneSameInstant(flow.zone()));
            list.getChildren().add(Components.secondaryButton(new SimpleStringProperty(when),
                    () -> flow.chooseAlternative(slot)));
        }
        return list;
    }
}
