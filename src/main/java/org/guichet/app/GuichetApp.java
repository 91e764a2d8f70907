package org.guichet.app;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.guichet.navigation.Navigator;
import org.guichet.platform.AppHome;

/** The Guichet application: opens the services, builds the shell in a phone-sized window. */
public final class GuichetApp extends Application {

    static final double WIDTH = 400;
    static final double HEIGHT = 860;
    static final double MIN_WIDTH = 320;

    private AppServices services;

    @Override
    public void init() {
        services = AppServices.open(AppHome.resolve(), url -> getHostServices().showDocument(url));
    }

    @Override
    public void start(Stage stage) {
        Navigator navigator = new Navigator(Screens.registry(services));
        Shell shell = new Shell(services.i18n(), navigator, services.preferences().reduceMotionProperty(),
                services.gateway().isDemo());
        Scene scene = new Scene(shell.root(), WIDTH, HEIGHT);
        Appearance.follow(scene, services.preferences());
        stage.titleProperty().bind(services.i18n().text("app.name"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setScene(scene);
        StartupProbe.logFirstFrame(scene);
        stage.show();
        services.startAfterFirstFrame();
        exitAfterDelayIfAsked();
    }

    @Override
    public void stop() {
        services.close();
    }

    /** {@code -Dguichet.autoexit.seconds=N} closes the app after N seconds (screenshots, start-up runs). */
    private static void exitAfterDelayIfAsked() {
        int seconds = Integer.getInteger("guichet.autoexit.seconds", 0);
        if (seconds > 0) {
            PauseTransition delay = new PauseTransition(Duration.seconds(seconds));
            delay.setOnFinished(event -> Platform.exit());
            delay.play();
        }
    }
}
