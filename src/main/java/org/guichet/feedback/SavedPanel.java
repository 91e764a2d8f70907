package org.guichet.feedback;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * The thank-you after an opinion or a report is stored, with where it stands, updated live. "Try
 * again now" comes last: it goes away by itself once sent, and nothing moves under the finger.
 */
final class SavedPanel {

    private SavedPanel() {
    }

    static VBox of(I18n i18n, String thanksKey, ObservableValue<Optional<OutboxItem>> item, Runnable retry,
                   Runnable openList, Runnable done) {
        Label status = Components.wrapping(OutboxStatusText.of(i18n, item), Styles.FIELD_LABEL);
        status.getStyleClass().add(FeedbackStyles.STATUS);
        BooleanBinding pending = Bindings.createBooleanBinding(() -> item.getValue()
                .map(found -> found.status() == OutboxStatus.PENDING).orElse(false), item);
        Button retryButton = Components.secondaryButton(i18n.text("feedback.retry"), retry);
        FeedbackControls.showWhen(retryButton, pending);
        VBox panel = new VBox(
                Components.heading(i18n, i18n.text(thanksKey)),
                status,
                Components.primaryButton(i18n.text("feedback.done"), done),
                Components.secondaryButton(i18n.text("feedback.openList"), openList),
                retryButton);
        panel.getStyleClass().addAll(Styles.CARD);
        return panel;
    }
}
