package org.guichet.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs I/O away from the JavaFX thread and hands results back to it. Local storage work runs on
 * one thread, which also serialises access to the SQLite connection; network calls run on another,
 * so a slow server never delays reading the local data.
 */
public final class Background implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService storage = daemonThread("guichet-storage");
    private final ExecutorService network = daemonThread("guichet-network");

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code work} on the storage thread, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        runOn(storage, work, onSuccess, onFailure);
    }

    /** Runs network {@code work} (which must not touch storage) on the network thread, then hands back as {@link #run} does. */
    public <T> void runNetwork(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        runOn(network, work, onSuccess, onFailure);
    }

    private static <T> void runOn(ExecutorService executor, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Exception> onFailure) {
        if (executor.isShutdown()) {
            LOG.log(System.Logger.Level.DEBUG, "Background work dropped: the app is closing");
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Background work failed: " + e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        network.shutdownNow();
        storage.shutdown();
        try {
            if (!storage.awaitTermination(5, TimeUnit.SECONDS)) {
                storage.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
