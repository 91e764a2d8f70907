package org.guichet.appointments;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.platform.Browser;
import org.guichet.ui.Components;

/** Step 1: the reasons the office takes appointments for, each with the documents to bring. */
final class ReasonStepView {

    static final String ANTS_SEARCH = "https://rendezvouspasseport.ants.gouv.fr/";
    private static final String PASSPORT_ID_CARD_FICHE = "F1341";

    private ReasonStepView() {
    }

    static Node of(I18n i18n, BookingFlow flow, Browser browser) {
        VBox reasons = AppointmentViews.stack();
        for (Reason reason : flow.reasons()) {
            VBox card = AppointmentViews.card(AppointmentViews.strong(new SimpleStringProperty(reason.label())));
            if (reason.documentsHint() != null && !reason.documentsHint().isBlank()) {
                card.getChildren().add(Components.paragraph(
                        i18n.text("appointments.reason.documents", reason.documentsHint())));
            }
            Button choose = Components.primaryButton(i18n.text("appointments.reason.choose"),
                    () -> flow.chooseReason(reason));
            choose.accessibleTextProperty().bind(i18n.text("appointments.reason.chooseNamed", reason.label()));
            card.getChildren().add(choose);
            if (isPassportOrIdCard(reason)) {
                card.getChildren().addAll(Components.paragraph(i18n.text("appointments.reason.ants")),
                        antsButton(i18n, browser));
            }
            reasons.getChildren().add(card);
        }
        return reasons;
    }

    private static boolean isPassportOrIdCard(Reason reason) {
        return PASSPORT_ID_CARD_FICHE.equals(reason.procedureFicheId()) || reason.id().startsWith("passeport");
    }

    private static Button antsButton(I18n i18n, Browser browser) {
        Button ants = Components.secondaryButton(i18n.text("appointments.reason.antsOpen"),
                () -> browser.open(ANTS_SEARCH));
        ants.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
        return ants;
    }
}
