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
 * The bar above every screen: back, the screen's title (a heading), a small "Démo" badge in demo
 * mode, and Settings. The title sits between the buttons when it fits on one line; with large
 * text it moves to its own full-width line below them, so words are never broken or cut.
 */
final class TopBar extends Region {

    private final Button back;
    private final Label title = new Label();
    private final Button settings;
    private final Label demoBadge = new Label();

    TopBar(I18n i18n, Navigator navigator, boolean demo) {
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

        demoBadge.textProperty().bind(i18n.text("demo.badge"));
        demoBadge.accessibleTextProperty().bind(i18n.text("demo.explanation"));
        demoBadge.getStyleClass().add(Styles.DEMO_BADGE);
        demoBadge.setMinWidth(Label.USE_PREF_SIZE);
        demoBadge.setVisible(demo);

        getChildren().addAll(back, title, demoBadge, settings);
        getStyleClass().add(Styles.TOP_BAR);
    }

    private boolean titleFitsInline(double width) {
        Insets insets = getInsets();
        double buttons = backWidth() + rightWidth() + 2 * gap();
        return title.prefWidth(-1) <= width - insets.getLeft() - insets.getRight() - buttons;
    }

    private double backWidth() {
        return back.isVisible() ? back.prefWidth(-1) : 0;
    }

    /** Settings, and the demo badge before it when shown. */
    private double rightWidth() {
        return settings.prefWidth(-1) + badgeWidth();
    }

    private double badgeWidth() {
        return demoBadge.isVisible() ? demoBadge.prefWidth(-1) + gap() : 0;
    }

    private double gap() {
        return title.getFont().getSize() / 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + back.prefWidth(-1) + gap() + title.prefWidth(-1) + gap() + rightWidth()
                + insets.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + back.minWidth(-1) + settings.minWidth(-1) + badgeWidth() + insets.getRight();
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
        double rightWidth = rightWidth();
        if (demoBadge.isVisible()) {
            double badgeWidth = demoBadge.prefWidth(-1);
            layoutInArea(demoBadge, left + width - rightWidth, top, badgeWidth, rowHeight, 0, HPos.LEFT, VPos.CENTER);
        }
        if (titleFitsInline(getWidth())) {
            title.setWrapText(false);
            double titleLeft = left + backWidth + gap();
            double titleHeight = Math.max(rowHeight, title.prefHeight(-1));
            layoutInArea(title, titleLeft, top, width - backWidth - rightWidth - 2 * gap(), titleHeight, 0,
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
