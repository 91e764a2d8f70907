package org.guichet.platform;

import com.gluonhq.attach.browser.BrowserService;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Opens web pages in the system browser (never in an embedded web view), and hands phone numbers,
 * e-mail addresses and places to the system's phone, mail and map apps. {@link #open} accepts only
 * web addresses; the other schemes are built here from checked values, never taken from data.
 */
public final class Browser {

    private static final System.Logger LOG = System.getLogger(Browser.class.getName());
    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]{2,15}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@:/?#]+@[^\\s@:/?#]+\\.[^\\s@:/?#]+");

    private final Consumer<String> desktopFallback;
    private final boolean desktop;

    /** @param desktopFallback opens a URL when no Attach browser exists (JavaFX HostServices on a JVM) */
    public Browser(Consumer<String> desktopFallback) {
        this(desktopFallback, com.gluonhq.attach.util.Platform.isDesktop());
    }

    Browser(Consumer<String> desktopFallback, boolean desktop) {
        this.desktopFallback = desktopFallback;
        this.desktop = desktop;
    }

    public void open(String url) {
        String scheme = URI.create(url).getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("Not a web address: " + scheme);
        }
        launch(url);
    }

    /** Calls a number as published ("03 44 73 08 09", "+33 1 23 45 67 89"); refuses anything else. */
    public void dial(String publishedNumber) {
        String digits = publishedNumber.replaceAll("[\\s.()\\-\u00a0]", "");
        if (!DIALLABLE.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a phone number");
        }
        launch("tel:" + digits);
    }

    /** Opens a new e-mail to one plain address. */
    public void writeTo(String emailAddress) {
        String address = emailAddress.strip();
        if (!EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        launch("mailto:" + address);
    }

    /** Shows a place: the platform's map app on a phone, OpenStreetMap in the browser on a desktop. */
    public void showOnMap(double latitude, double longitude) {
        String lat = String.format(Locale.ROOT, "%.6f", latitude);
        String lon = String.format(Locale.ROOT, "%.6f", longitude);
        launch(desktop ? "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon
                : "geo:" + lat + "," + lon + "?q=" + lat + "," + lon);
    }

    private void launch(String uri) {
        BrowserService.create().ifPresentOrElse(browser -> {
            try {
                browser.launchExternalBrowser(uri);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "System browser failed, using the desktop fallback: " + e.getClass().getSimpleName());
                desktopFallback.accept(uri);
            }
        }, () -> desktopFallback.accept(uri));
    }
}
