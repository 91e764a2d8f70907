package org.guichet.feedback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.guichet.appointments.GatewayAddress;
import org.guichet.platform.Background;
import org.guichet.platform.GatewayReachability;
import org.guichet.storage.Database;
import org.guichet.testing.BackgroundWork;

/** Feedback services on a fresh data home, and a way to wait until background work has landed on the FX thread. */
final class FeedbackFixture implements AutoCloseable {
    final Background background = new Background();
    final GatewayReachability reachability = new GatewayReachability();
    final FeedbackServices services;

    FeedbackFixture(Path home, Supplier<GatewayAddress> gateway) {
        services = FeedbackServices.open(Database.open(home), Clock.systemUTC(), gateway, true, reachability);
    }

    /** A gateway nobody answers at: the phone is offline. */
    static FeedbackFixture offline(Path home) {
        return new FeedbackFixture(home, () -> GatewayAddress.sandbox("http://127.0.0.1:9/"));
    }

    void settle() {
        BackgroundWork.settle(background);
    }

    @Override
    public void close() {
        services.close();
        background.close();
    }
}
