package org.guichet.platform;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The app has no connectivity service (see DESIGN.md §8), so it learns that the network is back
 * from its own requests: any feature calls {@link #succeeded()} after a gateway request worked, and
 * whoever waits for the network (the feedback sender) is told. Listeners run on the caller's thread.
 */
public final class GatewayReachability {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void succeeded() {
        listeners.forEach(Runnable::run);
    }

    public void whenReached(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }
}
