package org.guichet.appointments;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/** Where or how the appointment happens: the address and access notes, the phone call, or the video call. */
final class RecapPlaceView {

    private RecapPlaceView() {
    }

    static Node of(I18n i18n, Appointment appointment) {
        OfficeSummary office = appointment.office();
        VBox card = AppointmentViews.card(Components.heading(i18n, i18n.text(switch (appointment.mode()) {
            case ON_SITE -> "appointments.recap.placeTitle";
            case PHONE -> "appointments.recap.phoneTitle";
            case VIDEO -> "appointments.recap.videoTitle";
        })));
        switch (appointment.mode()) {
            case ON_SITE -> {
                card.getChildren().add(Components.paragraph(office.address().isEmpty()
                        ? i18n.text("appointments.recap.noAddress")
                        : i18n.text("appointments.recap.address", office.address())));
                if (!office.accessNote().isEmpty()) {
                    card.getChildren().add(Components.paragraph(
                            i18n.text("appointments.recap.access", office.accessNote())));
                }
            }
            case PHONE -> {
                card.getChildren().add(Components.paragraph(i18n.text("appointments.recap.phoneCall")));
                if (!office.phone().isEmpty()) {
                    card.getChildren().add(Components.paragraph(
                            i18n.text("appointments.recap.officePhone", office.phone())));
                }
            }
            case VIDEO -> card.getChildren().add(Components.paragraph(i18n.text("appointments.recap.videoCall")));
        }
        return card;
    }
}
