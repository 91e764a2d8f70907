package org.guichet.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs I/O away from the JavaFX thread and hands results back to it. Local storage work runs on
 * one thread, which also serialises access to the SQLite connection; network work runs on two
 * threads of its own, so a slow download holds up neither storage nor a booking.
 */
public final class Background implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    private static final int NETWORK_THREADS = 2;

    private final ExecutorService storage = daemonThreads("guichet-storage", 1);
    private final ExecutorService network = daemonThreads("guichet-network", NETWORK_THREADS);

    /** Runs {@code work} on the storage thread, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(storage, work, onSuccess, onFailure);
    }

    /** Runs {@code work} on a network thread, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void runNetwork(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        submit(network, work, onSuccess, onFailure);
    }

    private static <T> void submit(ExecutorService executor, Callable<T> work, Consumer<? super T> onSuccess,
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

    /** Interrupts network work at once (a download is worth nothing half-done); lets storage work finish. */
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

    private static ExecutorService daemonThreads(String name, int count) {
        return Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
