package org.guichet.platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs network calls away from both the JavaFX thread and the storage thread, so a slow gateway
 * never delays reading the local database; results come back on the FX thread.
 */
public final class Network implements AutoCloseable {

    private static final int THREADS = 2;

    private final ExecutorService calls = Executors.newFixedThreadPool(THREADS, new Threads());

    /** Runs {@code work} on a network thread, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        calls.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void close() {
        calls.shutdown();
        try {
            if (!calls.awaitTermination(2, TimeUnit.SECONDS)) {
                calls.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Threads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "guichet-network-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
