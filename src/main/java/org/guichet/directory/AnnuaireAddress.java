package org.guichet.directory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * Where the API Annuaire lives: {@code -Dguichet.annuaire.url} when set, else the public service.
 * Only https is accepted, except plain http on the loopback interface (tests, local mocks).
 */
public record AnnuaireAddress(HttpUrl baseUrl) {

    public static final String PROPERTY = "guichet.annuaire.url";
    public static final String PUBLIC_SERVICE = "https://api-lannuaire.service-public.fr/";

    public AnnuaireAddress {
        if (!baseUrl.isHttps() && !isLoopback(baseUrl.host())) {
            throw new IllegalArgumentException("The API Annuaire must be reached over https");
        }
    }

    public static AnnuaireAddress of(String url) {
        String withSlash = url.endsWith("/") ? url : url + "/";
        HttpUrl parsed = HttpUrl.parse(withSlash);
        if (parsed == null) {
            throw new IllegalArgumentException("Not a web address: " + url);
        }
        return new AnnuaireAddress(parsed);
    }

    public static AnnuaireAddress configured() {
        return of(System.getProperty(PROPERTY, PUBLIC_SERVICE));
    }

    private static boolean isLoopback(String host) {
        if (!host.equals("localhost") && !Character.isDigit(host.charAt(0)) && !host.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
