package org.guichet.appointments;

import java.util.function.Supplier;

/**
 * The gateway the app books with, reached on first use: a remote gateway, or the embedded sandbox
 * that demo mode starts only when a booking feature first needs it. Call {@link #client()} off the
 * UI thread.
 */
public final class GatewayAccess {

    private final boolean demo;
    private final Supplier<GatewayClient> connect;
    private GatewayClient client;

    public GatewayAccess(boolean demo, Supplier<GatewayClient> connect) {
        this.demo = demo;
        this.connect = connect;
    }

    /** True in demo mode: bookings go to the sandbox and are not real. */
    public boolean isDemo() {
        return demo;
    }

    public synchronized GatewayClient client() {
        if (client == null) {
            client = connect.get();
        }
        return client;
    }
}
