package org.guichet.app;

import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.guichet.i18n.Language;
import org.guichet.settings.Preferences;
import org.guichet.settings.Theme;
import org.guichet.ui.Styles;

/** Applies theme, text size and reading direction to a scene, and follows their changes. */
public final class Appearance {

    /** The root font size at 100 %; every size in the stylesheet is relative to it. */
    public static final double BASE_FONT_PX = 16;

    private Appearance() {
    }

    public static void follow(Scene scene, Preferences preferences) {
        scene.getStylesheets().add(Appearance.class.getResource(Styles.STYLESHEET).toExternalForm());
        apply(scene, preferences.themeProperty().get(), preferences.textScaleProperty().get(), preferences.languageProperty().get());
        Runnable update = () -> apply(scene, preferences.themeProperty().get(), preferences.textScaleProperty().get(),
                preferences.languageProperty().get());
        preferences.themeProperty().addListener(observable -> update.run());
        preferences.textScaleProperty().addListener(observable -> update.run());
        preferences.languageProperty().addListener(observable -> update.run());
    }

    public static void apply(Scene scene, Theme theme, int textScale, Language language) {
        Parent root = scene.getRoot();
        for (Theme each : Theme.values()) {
            root.getStyleClass().remove(each.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
        root.setStyle("-fx-font-size: " + BASE_FONT_PX * textScale / 100 + "px;");
        scene.setNodeOrientation(language.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }
}
