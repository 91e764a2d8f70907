package org.guichet.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Icons;
import org.guichet.ui.Styles;

/**
 * The bar above every screen: back, the screen's title (a heading), and Settings. The title sits
 * between the buttons when it fits on one line; with large text it moves to its own full-width
 * line below them, so words are never broken or cut.
 */
final class TopBar extends Region {

    private final Button back;
    private final Label title = new Label();
    private final Button settings;

    TopBar(I18n i18n, Navigator navigator) {
        back = iconButton(i18n, "nav.back", Icons.BACK, navigator::back);
        back.visibleProperty().bind(navigator.canGoBack());
        back.visibleProperty().addListener(observable -> requestLayout());

        title.getStyleClass().add(Styles.TITLE);
        title.textProperty().bind(navigator.currentProperty().get().screen().title());
        navigator.currentProperty().addListener((observable, before, entry) -> title.textProperty().bind(entry.screen().title()));
        Components.markHeading(i18n, title);

        settings = iconButton(i18n, "nav.settings", Icons.SETTINGS, () -> navigator.open(Destinations.SETTINGS));
        settings.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> navigator.currentProperty().get().destination() != Destinations.SETTINGS, navigator.currentProperty()));

        getChildren().addAll(back, title, settings);
        getStyleClass().add(Styles.TOP_BAR);
    }

    private boolean titleFitsInline(double width) {
        Insets insets = getInsets();
        double buttons = backWidth() + settings.prefWidth(-1) + 2 * gap();
        return title.prefWidth(-1) <= width - insets.getLeft() - insets.getRight() - buttons;
    }

    private double backWidth() {
        return back.isVisible() ? back.prefWidth(-1) : 0;
    }

    private double gap() {
        return title.getFont().getSize() / 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + back.prefWidth(-1) + gap() + title.prefWidth(-1) + gap() + settings.prefWidth(-1)
                + insets.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + back.minWidth(-1) + settings.minWidth(-1) + insets.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double row = Math.max(back.prefHeight(-1), settings.prefHeight(-1));
        double available = (width < 0 ? computePrefWidth(-1) : width) - insets.getLeft() - insets.getRight();
        if (width < 0 || titleFitsInline(width)) {
            return insets.getTop() + Math.max(row, title.prefHeight(-1)) + insets.getBottom();
        }
        title.setWrapText(true);
        return insets.getTop() + row + title.prefHeight(available) + insets.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double width = getWidth() - left - insets.getRight();
        double rowHeight = Math.max(back.prefHeight(-1), settings.prefHeight(-1));
        double backWidth = backWidth();
        double settingsWidth = settings.prefWidth(-1);
        layoutInArea(back, left, top, backWidth, rowHeight, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(settings, left + width - settingsWidth, top, settingsWidth, rowHeight, 0, HPos.RIGHT, VPos.CENTER);
        if (titleFitsInline(getWidth())) {
            title.setWrapText(false);
            double titleLeft = left + backWidth + gap();
            double titleHeight = Math.max(rowHeight, title.prefHeight(-1));
            layoutInArea(title, titleLeft, top, width - backWidth - settingsWidth - 2 * gap(), titleHeight, 0,
                    HPos.LEFT, VPos.CENTER);
        } else {
            title.setWrapText(true);
            double titleHeight = title.prefHeight(width);
            layoutInArea(title, left, top + rowHeight, width, titleHeight, 0, HPos.LEFT, VPos.TOP);
        }
    }

    private static Button iconButton(I18n i18n, String nameKey, String icon, Runnable action) {
        Button button = new Button();
        button.setGraphic(Components.icon(icon));
        button.accessibleTextProperty().bind(i18n.text(nameKey));
        button.getStyleClass().add(Styles.ICON_BUTTON);
        button.setOnAction(event -> action.run());
        return button;
    }
}
