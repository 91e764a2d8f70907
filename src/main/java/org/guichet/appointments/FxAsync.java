package org.guichet.appointments;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.guichet.platform.Background;

/** {@link Async} on the app's storage thread and network threads. */
public final class FxAsync implements Async {

    private final Background background;

    public FxAsync(Background background) {
        this.background = background;
    }

    @Override
    public <T> void storage(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.runNetwork(work, onSuccess, onFailure);
    }
}
