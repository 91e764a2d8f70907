package org.guichet.procedures;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** A titled section of the procedure page, and the small texts its sections share. */
final class PageSection {

    private PageSection() {
    }

    /** A section under a rule, full width, so that large text keeps the screen's width. */
    static VBox titled(I18n i18n, String headingKey, Node... content) {
        VBox card = new VBox(Components.heading(i18n, i18n.text(headingKey)));
        card.getChildren().addAll(content);
        card.getStyleClass().add(ProcedureStyles.SECTION);
        return card;
    }

    /** A paragraph of official text (French content, not translated). */
    static Label official(String text) {
        Label label = new Label(DisplayText.of(text));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(Styles.BODY);
        return label;
    }

    static VBox stack(List<? extends Node> nodes) {
        VBox stack = new VBox();
        stack.getChildren().setAll(nodes);
        stack.getStyleClass().add(Styles.STACK);
        return stack;
    }
}
