package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.guichet.app.AppServices;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.Fx;
import org.guichet.testing.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The update of the fiches from the Démarches tab, against a feed served on loopback, by accessible names. */
class ProceduresFeedUiTest extends AppUiTest {
    private static final String UPDATE = "Mettre à jour les fiches depuis service-public.fr";
    private static final String SHIPPED = "Fiches de novembre 2020 livrées avec l'application, à vérifier sur service-public.fr.";
    private static final String UPDATED = "Fiches mises à jour le 23 novembre 2026 depuis service-public.fr.";

    private static final MockWebServer FEED = new MockWebServer();

    @BeforeAll
    static void serveTheFeed() throws IOException {
        FEED.start(InetAddress.getByName("127.0.0.1"), 0);
        System.setProperty(FeedAddress.PROPERTY, FEED.url("/vdd/3.3/part/zip/vosdroits-latest.zip").toString());
        System.setProperty(AppServices.CLOCK_PROPERTY, "2026-11-23T10:00:00Z");
    }

    @AfterAll
    static void stopTheFeed() {
        System.clearProperty(FeedAddress.PROPERTY);
        System.clearProperty(AppServices.CLOCK_PROPERTY);
        FEED.close();
    }

    @Test
    void theUpdateSaysWhatItDidAndTheNewDateOfTheFiches() throws TimeoutException {
        serve(new MockResponse.Builder().addHeader("Content-Type", "application/zip")
                .body(FeedZip.withRealFiches().add("F99998.xml", "<Publication").body()).build());
        openTheTab();
        assertThat(visibleTexts()).contains(SHIPPED);

        clickOn(UPDATE);
        waitUntilVisible("Mise à jour réussie : 21 fiches enregistrées, 1 fiche illisible écartée.");

        assertThat(visibleTexts()).contains(UPDATED).doesNotContain(SHIPPED);
        assertThat(focusedName()).as("the focus is back on the button").isEqualTo(UPDATE);
        screenshot("procedures-updated");
        typeInto("Rechercher une démarche", "passeport");
        clickOn(FeedZip.PASSPORT_TITLE);
        waitUntilVisible(UPDATED);
    }

    @Test
    void aFailedUpdateSaysTheFichesAreKept() throws TimeoutException {
        serve(new MockResponse.Builder().code(503).build());
        openTheTab();

        clickOn(UPDATE);
        waitUntilVisible("Le serveur de service-public.fr n'a pas répondu correctement. Réessayez plus tard ; "
                + "vos fiches actuelles sont conservées.");

        assertThat(visibleTexts()).contains(SHIPPED);
        screenshot("procedures-update-failed");
    }

    private void screenshot(String name) {
        if (Screenshots.enabled()) {
            Fx.run(() -> Screenshots.save(scene(), name));
        }
    }

    /** Every request gets {@code response}, whatever an earlier test left. */
    private static void serve(MockResponse response) {
        FEED.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return response;
            }
        });
    }

    /** Opens Démarches and waits for the catalogue, so the page no longer grows under the pointer. */
    private void openTheTab() throws TimeoutException {
        clickOn("Démarches");
        waitUntilVisible("Démarches fréquentes");
    }

    private void waitUntilVisible(String text) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visibleTexts().contains(text));
        } catch (TimeoutException e) {
            throw new AssertionError("\"" + text + "\" never appeared; visible texts: " + visibleTexts(), e);
        }
    }
}
