package org.guichet.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;

/** Logs the JVM uptime when the first frame has been laid out: the start-up time users feel. */
final class StartupProbe {

    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());

    private StartupProbe() {
    }

    static void logFirstFrame(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                LOG.log(System.Logger.Level.INFO, "First frame at JVM uptime {0} ms",
                        Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
