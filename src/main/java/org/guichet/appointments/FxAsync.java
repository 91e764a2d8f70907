package org.guichet.appointments;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.guichet.platform.Background;
import org.guichet.platform.GatewayReachability;

/**
 * {@link Async} on the app's storage thread and network threads. Network work here is gateway
 * calls, so each one that succeeds tells {@code reachability} the network is back.
 */
public final class FxAsync implements Async {

    private final Background background;
    private final GatewayReachability reachability;

    public FxAsync(Background background, GatewayReachability reachability) {
        this.background = background;
        this.reachability = reachability;
    }

    @Override
    public <T> void storage(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.run(work, onSuccess, onFailure);
    }

    @Override
    public <T> void network(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.runNetwork(() -> {
            T result = work.call();
            reachability.succeeded();
            return result;
        }, onSuccess, onFailure);
    }
}
