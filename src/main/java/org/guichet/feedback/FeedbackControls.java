package org.guichet.feedback;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** The controls the feedback forms are made of, sized for touch and for 200 % text. */
final class FeedbackControls {
    private static final int COMMENT_ROWS = 6;

    private FeedbackControls() {
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Moves the keyboard (and a screen reader) to the first button of a panel that just appeared. */
    static void focusFirstButton(Node panel) {
        Platform.runLater(() -> {
            if (panel.isVisible() && panel.lookup(".button") instanceof ButtonBase button) {
                button.requestFocus();
            }
        });
    }

    /** A large button that stays pressed while its answer is chosen. */
    static ToggleButton choice(ObservableStringValue text, Runnable choose) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(text);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(ToggleButton.USE_PREF_SIZE);
        button.getStyleClass().add(FeedbackStyles.CHOICE);
        button.setOnAction(event -> choose.run());
        return button;
    }

    static RadioButton radio(ObservableStringValue text, Runnable choose) {
        RadioButton radio = new RadioButton();
        radio.textProperty().bind(text);
        wrap(radio);
        radio.setOnAction(event -> choose.run());
        return radio;
    }

    static CheckBox checkBox(ObservableStringValue text) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(text);
        wrap(box);
        return box;
    }

    static TextArea textArea(Label label, ObservableStringValue help) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(COMMENT_ROWS);
        area.getStyleClass().add(FeedbackStyles.COMMENT);
        area.accessibleHelpProperty().bind(help);
        label.setLabelFor(area);
        return area;
    }

    static Label fieldLabel(ObservableStringValue text) {
        return Components.wrapping(text, Styles.FIELD_LABEL);
    }

    static Label error(ObservableStringValue text) {
        return Components.wrapping(text, Styles.ERROR);
    }

    private static void wrap(ButtonBase control) {
        control.setWrapText(true);
        control.setMaxWidth(Double.MAX_VALUE);
        control.setMinHeight(Region.USE_PREF_SIZE);
    }
}
