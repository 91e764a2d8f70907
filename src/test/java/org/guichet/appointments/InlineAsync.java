package org.guichet.appointments;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@link Async} for view-model tests: storage work runs at once; network work runs at once too,
 * unless {@link #holdNetwork()} was called, in which case it waits for {@link #releaseNetwork()}
 * (to press a button twice while a call is under way).
 */
final class InlineAsync implements Async {

    private final Deque<Runnable> heldNetwork = new ArrayDeque<>();
    private boolean holding;
    private int networkCalls;

    void holdNetwork() {
        holding = true;
    }

    /** Runs the held calls (and any they start) to the end. */
    void releaseNetwork() {
        holding = false;
        while (!heldNetwork.isEmpty()) {
            heldNetwork.removeFirst().run();
        }
    }

    int networkCalls() {
        return networkCalls;
    }

    @Override
    public <T> void storage(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        networkCalls++;
        if (holding) {
            heldNetwork.addLast(() -> run(work, onSuccess, onFailure));
        } else {
            run(work, onSuccess, onFailure);
        }
    }

    private static <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
