package org.guichet.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs I/O away from the JavaFX thread and hands results back to it. Local storage work runs on
 * one thread, which also serialises access to the SQLite connection.
 */
public final class Background implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private final ExecutorService storage = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "guichet-storage");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} on the storage thread, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        storage.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Background work failed: " + e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Completes when the storage work queued before this call has finished. */
    public CompletableFuture<Void> idle() {
        return CompletableFuture.runAsync(() -> { }, storage);
    }

    @Override
    public void close() {
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
