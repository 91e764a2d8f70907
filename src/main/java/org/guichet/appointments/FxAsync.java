package org.guichet.appointments;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.guichet.platform.Background;
import org.guichet.platform.Network;

/** {@link Async} on the app's storage thread and network executor. */
public final class FxAsync implements Async {

    private final Background background;
    private final Network network;

    public FxAsync(Background background, Network network) {
        this.background = background;
        this.network = network;
    }

    @Override
    public <T> void storage(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        network.run(work, onSuccess, onFailure);
    }
}
