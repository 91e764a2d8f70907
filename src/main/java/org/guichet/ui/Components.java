package org.guichet.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.guichet.i18n.I18n;

/** Small factories for the building blocks every screen uses, styled by the app stylesheet. */
public final class Components {

    private Components() {
    }

    /** A section heading, announced as a heading by screen readers. */
    public static Label heading(I18n i18n, ObservableStringValue text) {
        Label label = wrapping(text, Styles.HEADING);
        markHeading(i18n, label);
        return label;
    }

    public static void markHeading(I18n i18n, Label label) {
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.accessibleRoleDescriptionProperty().bind(i18n.text("a11y.heading"));
    }

    public static Label paragraph(ObservableStringValue text) {
        return wrapping(text, Styles.BODY);
    }

    public static Label wrapping(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /**
     * A text field with its visible label and hint above it: the label names the field for screen
     * readers, the hint is its help text.
     */
    public static VBox labelledField(ObservableStringValue label, ObservableStringValue hint, TextField field) {
        Label name = wrapping(label, Styles.FIELD_LABEL);
        Label help = wrapping(hint, Styles.HINT);
        name.setLabelFor(field);
        field.accessibleHelpProperty().bind(help.textProperty());
        return new VBox(name, help, field);
    }

    /** A full-width 48 px button for the screen's main action. */
    public static Button primaryButton(ObservableStringValue text, Runnable action) {
        Button button = button(text, action);
        button.getStyleClass().add(Styles.PRIMARY);
        return button;
    }

    public static Button secondaryButton(ObservableStringValue text, Runnable action) {
        Button button = button(text, action);
        button.getStyleClass().add(Styles.SECONDARY);
        return button;
    }

    private static Button button(ObservableStringValue text, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Button.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A decorative icon from an SVG path in a 24 × 24 box; screen readers skip it. */
    public static SVGPath icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.setFillRule(FillRule.EVEN_ODD);
        icon.getStyleClass().add(Styles.ICON);
        icon.setFocusTraversable(false);
        icon.setAccessibleRole(AccessibleRole.NODE);
        return icon;
    }

    /** The scrolling page every screen sits in: content stacks vertically and never scrolls sideways. */
    public static ScrollPane page(Node... children) {
        VBox content = new VBox(children);
        content.getStyleClass().add(Styles.PAGE);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.PAGE_SCROLL);
        return scroll;
    }
}
