package org.guichet.appointments;

import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Where the gateway answers. A remote gateway is reached over https only; plain http is accepted
 * only on the loopback interface, where the embedded sandbox gateway runs ({@link #isSandbox()}).
 */
public final class GatewayAddress {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "::1", "localhost");

    private final HttpUrl baseUrl;
    private final boolean sandbox;

    private GatewayAddress(HttpUrl baseUrl, boolean sandbox) {
        this.baseUrl = baseUrl;
        this.sandbox = sandbox;
    }

    /** A gateway run by an administration or an aggregator: must be https. */
    public static GatewayAddress remote(String url) {
        HttpUrl parsed = parse(url);
        if (!parsed.isHttps()) {
            throw new IllegalArgumentException("A remote gateway must be reached over https");
        }
        return new GatewayAddress(withTrailingSlash(parsed), false);
    }

    /** The embedded sandbox gateway: must be on the loopback interface. */
    public static GatewayAddress sandbox(String url) {
        HttpUrl parsed = parse(url);
        if (!LOOPBACK_HOSTS.contains(parsed.host())) {
            throw new IllegalArgumentException("The sandbox gateway runs on the loopback interface only");
        }
        return new GatewayAddress(withTrailingSlash(parsed), true);
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** True for the demo gateway: the app says "Démo" wherever bookings appear. */
    public boolean isSandbox() {
        return sandbox;
    }

    private static HttpUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("Not an http or https URL");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException("A gateway URL has no query or fragment");
        }
        return parsed;
    }

    private static HttpUrl withTrailingSlash(HttpUrl url) {
        return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatewayAddress address && address.baseUrl.equals(baseUrl) && address.sandbox == sandbox;
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, sandbox);
    }

    @Override
    public String toString() {
        return (sandbox ? "sandbox " : "") + baseUrl;
    }
}
