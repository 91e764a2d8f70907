package org.guichet.procedures;

import java.util.function.Supplier;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.guichet.ui.Components;

/**
 * A section the user opens and closes with a toggle button named by the section's title. Its
 * content is built the first time it opens, so long official texts cost nothing until read.
 */
final class Disclosure extends VBox {
    private static final String CHEVRON = "M7.4 8.6 L12 13.2 L16.6 8.6 L18 10 L12 16 L6 10 Z";

    private final ToggleButton toggle = new ToggleButton();
    private final VBox body = new VBox();
    private final Supplier<Node> content;

    Disclosure(ObservableStringValue title, Supplier<Node> content) {
        this.content = content;
        SVGPath chevron = Components.icon(CHEVRON);
        chevron.rotateProperty().bind(toggle.selectedProperty().map(open -> open ? 180.0 : 0.0));
        toggle.textProperty().bind(title);
        toggle.setGraphic(chevron);
        toggle.setContentDisplay(ContentDisplay.RIGHT);
        toggle.setWrapText(true);
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setMinHeight(ToggleButton.USE_PREF_SIZE);
        toggle.getStyleClass().add(ProcedureStyles.DISCLOSURE);
        body.getStyleClass().add(ProcedureStyles.DISCLOSURE_BODY);
        body.visibleProperty().bind(toggle.selectedProperty());
        body.managedProperty().bind(toggle.selectedProperty());
        toggle.selectedProperty().addListener((observable, was, open) -> {
            if (open && body.getChildren().isEmpty()) {
                body.getChildren().setAll(content.get());
            }
        });
        getChildren().addAll(toggle, body);
    }

    /** Builds the content again if it has been shown, for when what it depends on changed. */
    void refresh() {
        if (!body.getChildren().isEmpty()) {
            body.getChildren().setAll(content.get());
        }
    }
}
