package org.guichet.procedures;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.guichet.ui.Styles;

/**
 * A button of a list of publications: the title on its first lines, a detail (the theme) below
 * in muted text, both wrapping. It announces itself by the title, with the detail as help; the
 * title is drawn as plain text so that it is not a second control with the same name.
 */
final class EntryButton extends VBox {
    private final Runnable action;

    EntryButton(String title, ObservableStringValue detail, Runnable action) {
        this.action = action;
        Text titleText = new Text(title);
        titleText.getStyleClass().add(ProcedureStyles.ENTRY_TITLE);
        TextFlow titleFlow = new TextFlow(titleText);
        titleFlow.setMouseTransparent(true);
        Label detailLabel = wrapping("", Styles.HINT);
        detailLabel.textProperty().bind(detail);
        Visibility.showWhen(detailLabel, detailLabel.textProperty().isNotEmpty());
        getChildren().addAll(titleFlow, detailLabel);
        getStyleClass().add(ProcedureStyles.ENTRY_BUTTON);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title);
        accessibleHelpProperty().bind(detail);
        setFocusTraversable(true);
        setMaxWidth(Double.MAX_VALUE);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                action.run();
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                event.consume();
                action.run();
            }
        });
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            action.run();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        label.setMouseTransparent(true);
        return label;
    }
}
