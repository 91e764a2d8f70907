package org.guichet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages only through open(); tel:, mailto: and map links only from checked values. */
class BrowserTest {

    private final List<String> opened = new ArrayList<>();

    @Test
    void openAcceptsOnlyWebAddresses() {
        Browser browser = new Browser(opened::add, true);
        browser.open("https://www.service-public.fr/");
        assertThat(opened).containsExactly("https://www.service-public.fr/");
        assertThatThrownBy(() -> browser.open("tel:0344730809")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.open("mailto:a@b.fr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.open("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dialKeepsOnlyTheDigitsOfAPublishedNumber() {
        Browser browser = new Browser(opened::add, true);
        browser.dial("03 44 73 08 09");
        browser.dial("+33 1.23.45.67.89");
        browser.dial("(689) 40 66 23 61");
        assertThat(opened).containsExactly("tel:0344730809", "tel:+33123456789", "tel:68940662361");
    }

    @Test
    void dialRefusesWhatIsNotAPhoneNumber() {
        Browser browser = new Browser(opened::add, true);
        assertThatThrownBy(() -> browser.dial("03 44 73 08 09;https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.dial("Standard")).isInstanceOf(IllegalArgumentException.class);
        assertThat(opened).isEmpty();
    }

    @Test
    void writeToOpensAMailToOnePlainAddress() {
        Browser browser = new Browser(opened::add, true);
        browser.writeTo(" commune-de-verderonne@orange.fr ");
        assertThat(opened).containsExactly("mailto:commune-de-verderonne@orange.fr");
        assertThatThrownBy(() -> browser.writeTo("a@b.fr?bcc=everyone@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.writeTo("not an address")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsAreOpenStreetMapOnADesktopAndGeoLinksOnAPhone() {
        new Browser(opened::add, true).showOnMap(49.3306999207, 2.49821996689);
        new Browser(opened::add, false).showOnMap(49.3306999207, 2.49821996689);
        assertThat(opened).containsExactly(
                "https://www.openstreetmap.org/?mlat=49.330700&mlon=2.498220#map=17/49.330700/2.498220",
                "geo:49.330700,2.498220?q=49.330700,2.498220");
    }
}
