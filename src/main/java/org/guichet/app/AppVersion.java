package org.guichet.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app version, written into the build by Maven resource filtering. */
final class AppVersion {

    private AppVersion() {
    }

    static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("version.properties missing from the build", e);
        }
        return properties.getProperty("version");
    }
}
