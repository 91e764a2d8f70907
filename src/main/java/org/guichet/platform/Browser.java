package org.guichet.platform;

import com.gluonhq.attach.browser.BrowserService;
import java.net.URI;
import java.util.function.Consumer;

/** Opens web pages in the system browser (never in an embedded web view). */
public final class Browser {

    private static final System.Logger LOG = System.getLogger(Browser.class.getName());

    private final Consumer<String> desktopFallback;

    /** @param desktopFallback opens a URL when no Attach browser exists (JavaFX HostServices on a JVM) */
    public Browser(Consumer<String> desktopFallback) {
        this.desktopFallback = desktopFallback;
    }

    public void open(String url) {
        String scheme = URI.create(url).getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("Not a web address: " + scheme);
        }
        BrowserService.create().ifPresentOrElse(browser -> {
            try {
                browser.launchExternalBrowser(url);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "System browser failed, using the desktop fallback: " + e);
                desktopFallback.accept(url);
            }
        }, () -> desktopFallback.accept(url));
    }
}
