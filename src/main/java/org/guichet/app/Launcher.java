package org.guichet.app;

import javafx.application.Application;

/** Entry point. Kept apart from {@link GuichetApp} so start-up is timed from a plain main(). */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(GuichetApp.class, args);
    }
}
