package org.guichet.appointments;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** Building blocks the appointment screens share: cards, messages from keys, labelled fields. */
final class AppointmentViews {

    private AppointmentViews() {
    }

    static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    static VBox stack(Node... children) {
        VBox stack = new VBox(children);
        stack.getStyleClass().add(Styles.STACK);
        return stack;
    }

    /** The message of a key held in {@code key}, in the active language; empty while the key is empty. */
    static StringBinding message(I18n i18n, ObservableStringValue key) {
        return Bindings.createStringBinding(() -> key.get().isEmpty() ? "" : i18n.get(key.get()), key,
                i18n.languageProperty());
    }

    /** A message in words (never colour alone), shown only while {@code key} holds a message key. */
    static Label problem(I18n i18n, ObservableStringValue key) {
        Label label = Components.wrapping(message(i18n, key), Styles.ERROR);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !key.get().isEmpty(), key));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Label strong(ObservableStringValue text) {
        return Components.wrapping(text, Styles.FIELD_LABEL);
    }

    /** A text field with its label above and its problem, in words, below; the field says its problem too. */
    static VBox field(I18n i18n, String labelKey, StringProperty value, StringProperty problemKey) {
        return field(i18n, labelKey, new TextField(), value, problemKey);
    }

    static VBox field(I18n i18n, String labelKey, TextInputControl input, StringProperty value,
                      StringProperty problemKey) {
        Label label = Components.wrapping(i18n.text(labelKey), Styles.FIELD_LABEL);
        label.setLabelFor(input);
        input.accessibleTextProperty().bind(label.textProperty());
        input.accessibleHelpProperty().bind(message(i18n, problemKey));
        input.textProperty().bindBidirectional(value);
        input.setMaxWidth(Double.MAX_VALUE);
        VBox field = new VBox(label, input, problem(i18n, problemKey));
        field.getStyleClass().add(Styles.STACK);
        return field;
    }
}
