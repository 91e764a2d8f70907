package org.guichet.procedures;

import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Where the official "Vos droits et démarches" feed (particuliers) is downloaded from: the DILA
 * address unless {@code -Dguichet.procedures.feed.url} says otherwise. Reached over https only;
 * plain http is accepted on the loopback interface alone, for tests.
 */
public final class FeedAddress {
    public static final String PROPERTY = "guichet.procedures.feed.url";
    static final String OFFICIAL = "https://lecomarquage.service-public.fr/vdd/3.3/part/zip/vosdroits-latest.zip";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "::1", "localhost");

    private final HttpUrl url;

    private FeedAddress(HttpUrl url) {
        this.url = url;
    }

    /** The address set by {@link #PROPERTY}, or the official one when the property is unset or blank. */
    public static FeedAddress configured() {
        String configured = System.getProperty(PROPERTY, "");
        return of(configured.isBlank() ? OFFICIAL : configured.strip());
    }

    public static FeedAddress of(String url) {
        HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "url"));
        if (parsed == null) {
            throw new IllegalArgumentException("The procedures feed address is not an http or https URL: " + url);
        }
        if (!parsed.isHttps() && !LOOPBACK_HOSTS.contains(parsed.host())) {
            throw new IllegalArgumentException("The procedures feed must be reached over https: " + url);
        }
        return new FeedAddress(parsed);
    }

    public HttpUrl url() {
        return url;
    }

    @Override
    public String toString() {
        return url.toString();
    }
}
