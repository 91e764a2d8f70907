package org.guichet.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Icons;
import org.guichet.ui.Styles;

/** The bar above every screen: back, the screen's title (a heading), and Settings. */
final class TopBar {

    private final HBox root;

    TopBar(I18n i18n, Navigator navigator) {
        Button back = iconButton(i18n, "nav.back", Icons.BACK, navigator::back);
        back.visibleProperty().bind(navigator.canGoBack());
        back.managedProperty().bind(back.visibleProperty());

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.textProperty().bind(navigator.currentProperty().get().screen().title());
        navigator.currentProperty().addListener((observable, before, entry) -> title.textProperty().bind(entry.screen().title()));
        Components.markHeading(i18n, title);
        HBox.setHgrow(title, Priority.ALWAYS);

        Button settings = iconButton(i18n, "nav.settings", Icons.SETTINGS, () -> navigator.open(Destinations.SETTINGS));
        settings.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> navigator.currentProperty().get().destination() != Destinations.SETTINGS, navigator.currentProperty()));

        root = new HBox(back, title, settings);
        root.getStyleClass().add(Styles.TOP_BAR);
    }

    HBox root() {
        return root;
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
