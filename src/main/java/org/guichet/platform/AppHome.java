package org.guichet.platform;

import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;

/**
 * Where the app keeps its database and files: {@code -Dguichet.home=DIR} when set (tests, demos,
 * benchmarks), else the platform's private storage, else {@code ~/.guichet} on a desktop JVM.
 */
public final class AppHome {

    public static final String PROPERTY = "guichet.home";

    private AppHome() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY, "");
        if (!override.isBlank()) {
            return Path.of(override);
        }
        return StorageService.create()
                .flatMap(StorageService::getPrivateStorage)
                .map(File::toPath)
                .map(dir -> dir.resolve("guichet"))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".guichet"));
    }
}
