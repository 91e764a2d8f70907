package org.guichet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.guichet.appointments.GatewayAddress;
import org.guichet.sandbox.SandboxGateway;

/**
 * Which gateway the app talks to. {@code -Dguichet.gateway.url=https://…} names a remote gateway;
 * an {@code http://127.0.0.1:…} URL names a sandbox gateway run outside the app (tests, demos);
 * without the property the app is in demo mode and starts the embedded sandbox gateway on first
 * use, never during start-up. {@link #address()} may start it: call it off the JavaFX thread.
 */
final class GatewayWiring implements AutoCloseable {

    static final String GATEWAY_URL_PROPERTY = "guichet.gateway.url";

    private final Path home;
    private final Clock clock;
    private final GatewayAddress configured;
    private SandboxGateway embedded;

    private GatewayWiring(Path home, Clock clock, GatewayAddress configured) {
        this.home = home;
        this.clock = clock;
        this.configured = configured;
    }

    static GatewayWiring fromProperty(Path home, Clock clock) {
        String url = System.getProperty(GATEWAY_URL_PROPERTY, "").strip();
        return new GatewayWiring(home, clock, url.isEmpty() ? null : addressOf(url));
    }

    private static GatewayAddress addressOf(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        boolean plainHttp = parsed != null && !parsed.isHttps();
        return plainHttp ? GatewayAddress.sandbox(url) : GatewayAddress.remote(url);
    }

    /** True when the gateway is a sandbox: the app says "Démo" wherever its answers appear. */
    boolean isDemo() {
        return configured == null || configured.isSandbox();
    }

    synchronized GatewayAddress address() {
        if (configured != null) {
            return configured;
        }
        if (embedded == null) {
            embedded = SandboxGateway.start(home.resolve("sandbox-gateway"), officeId -> Optional.empty(), clock);
        }
        return embedded.address();
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
