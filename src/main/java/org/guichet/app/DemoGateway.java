package org.guichet.app;

import java.nio.file.Path;
import java.time.Clock;
import org.guichet.appointments.GatewayClient;
import org.guichet.sandbox.SandboxGateway;

/**
 * Demo mode's gateway: the embedded sandbox, started on loopback the first time a booking feature
 * needs it (never during start-up), with its own folder under the data home, and stopped on exit.
 */
final class DemoGateway implements AutoCloseable {

    private final Path home;
    private final Clock clock;
    private DirectoryOfficeHours offices;
    private SandboxGateway sandbox;

    DemoGateway(Path home, Clock clock) {
        this.home = home;
        this.clock = clock;
    }

    synchronized GatewayClient connect() {
        if (sandbox == null) {
            offices = new DirectoryOfficeHours(home);
            sandbox = SandboxGateway.start(home.resolve("sandbox-gateway"), offices, clock);
        }
        return GatewayClient.create(sandbox.address());
    }

    @Override
    public synchronized void close() {
        if (sandbox != null) {
            sandbox.close();
            offices.close();
        }
    }
}
