package org.guichet.app;

import javafx.animation.FadeTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Navigator;

/** The app's frame: top bar, the current screen, bottom navigation, and the back keys. */
public final class Shell {

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();

    /** @param demo bookings go to the sandbox gateway: the top bar says "Démo" */
    public Shell(I18n i18n, Navigator navigator, ObservableBooleanValue reduceMotion, boolean demo) {
        root.setTop(new TopBar(i18n, navigator, demo));
        root.setCenter(content);
        root.setBottom(new BottomNavigation(i18n, navigator).root());
        show(navigator.currentProperty().get(), false);
        navigator.currentProperty().addListener((observable, before, entry) -> show(entry, !reduceMotion.get()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean backKey = event.getCode() == KeyCode.ESCAPE
                    || event.getCode() == KeyCode.LEFT && event.isAltDown();
            if (backKey && navigator.back()) {
                event.consume();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    private void show(Navigator.Entry entry, boolean animate) {
        Node view = entry.screen().view();
        content.getChildren().setAll(view);
        if (animate) {
            FadeTransition fade = new FadeTransition(Duration.millis(150), view);
            fade.setFromValue(0.4);
            fade.setToValue(1);
            fade.play();
        } else {
            view.setOpacity(1);
        }
    }
}
