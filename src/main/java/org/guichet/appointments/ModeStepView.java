package org.guichet.appointments;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/** Step 2: on site, by phone or by video, only those the reason offers. */
final class ModeStepView {

    private ModeStepView() {
    }

    static Node of(I18n i18n, BookingFlow flow) {
        VBox modes = AppointmentViews.stack();
        for (BookingMode mode : flow.reason().get().modes()) {
            Button choose = mode == flow.mode().get()
                    ? Components.primaryButton(i18n.text(AppointmentTexts.modeKey(mode)), () -> flow.chooseMode(mode))
                    : Components.secondaryButton(i18n.text(AppointmentTexts.modeKey(mode)), () -> flow.chooseMode(mode));
            modes.getChildren().add(choose);
        }
        return modes;
    }
}
