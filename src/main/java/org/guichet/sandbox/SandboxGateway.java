package org.guichet.sandbox;

import com.google.gson.Gson;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.guichet.appointments.GatewayAddress;
import org.guichet.appointments.GatewayJson;

/**
 * The embedded gateway of demo mode and tests: the contract of docs/gateway-openapi.yaml served on
 * 127.0.0.1 at an ephemeral port, persisted in its own SQLite database in the given directory.
 */
public final class SandboxGateway implements AutoCloseable {
    private static final int THREADS = 4;
    private static final int BACKLOG = 128;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ConnectionPool pool;
    private final GatewayAddress address;

    private SandboxGateway(HttpServer server, ExecutorService executor, ConnectionPool pool) {
        this.server = server;
        this.executor = executor;
        this.pool = pool;
        this.address = GatewayAddress.sandbox(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** {@code clock} decides "now" for slots, bookings and queue estimates. */
    public static SandboxGateway start(Path directory, OfficeHoursLookup lookup, Clock clock) {
        ConnectionPool pool = ConnectionPool.open(directory, THREADS);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), BACKLOG);
            Gson gson = GatewayJson.create();
            server.createContext("/", new SandboxHandler(SandboxRoutes.of(pool, lookup, gson, clock), gson));
            server.setExecutor(executor);
            server.start();
            return new SandboxGateway(server, executor, pool);
        } catch (IOException e) {
            executor.shutdownNow();
            pool.close();
            throw new UncheckedIOException("Cannot start the sandbox gateway", e);
        }
    }

    /** Where the client reaches this gateway: http on the loopback interface, marked as the sandbox. */
    public GatewayAddress address() {
        return address;
    }

    public String baseUrl() {
        return address.baseUrl().toString();
    }

    /** Stops accepting requests, lets running ones finish for up to a second, then closes the database. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sandbox-gateway-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
