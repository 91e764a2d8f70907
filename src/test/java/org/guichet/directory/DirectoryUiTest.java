package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import javafx.scene.input.KeyCode;
import org.guichet.app.AppServices;
import org.guichet.testing.AppUiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory driven by accessible names, on Tuesday 24 November 2026 at 15:00 in Paris, with the
 * API Annuaire played by a local server: found online, then the same with the server gone.
 */
class DirectoryUiTest extends AppUiTest {

    private static final String NOW = "2026-11-24T14:00:00Z";
    private static final String SEARCH_FIELD = "Nom, commune, code postal ou type de service";
    private static final String MAIRIE = "Mairie - Verderonne, Verderonne. Fermé, ouvre aujourd'hui à 17:00.";
    private static final String TODAY = "Mardi 24 novembre (aujourd'hui) : de 17:00 à 19:00";
    private static final String PHONE =
            "Appeler le 03 44 73 08 09 – Joignable par téléphone le mardi, jeudi, vendredi, et samedi matin.";

    private static MockWebServer annuaire;
    private static String configuredUrl;

    /** Runs before AppUiTest starts the app, which reads these properties once. */
    @BeforeAll
    static void fixTheClockAndTheApi() throws IOException {
        annuaire = new MockWebServer();
        annuaire.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json; charset=utf-8")
                            .addHeader("ETag", "\"verderonne-1\"")
                            .body(Samples.text(Samples.VERDERONNE_API)).build();
                } catch (IOException e) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
        });
        annuaire.start(InetAddress.getByName("127.0.0.1"), 0);
        configuredUrl = System.getProperty(AnnuaireAddress.PROPERTY);
        System.setProperty(AnnuaireAddress.PROPERTY, "http://127.0.0.1:" + annuaire.getPort() + "/");
        System.setProperty(AppServices.CLOCK_PROPERTY, NOW);
    }

    @AfterAll
    static void restore() {
        annuaire.close();
        System.clearProperty(AppServices.CLOCK_PROPERTY);
        if (configuredUrl == null) {
            System.clearProperty(AnnuaireAddress.PROPERTY);
        } else {
            System.setProperty(AnnuaireAddress.PROPERTY, configuredUrl);
        }
    }

    @Test
    void findTheMairieOnlineThenOfflineFromTheCache() {
        clickOn("Annuaire");
        typeInto(SEARCH_FIELD, "Verderonne");
        waitUntil(() -> isShown(MAIRIE));
        waitUntil(() -> visibleTexts().stream().anyMatch(text -> text.startsWith("Dernière mise à jour en ligne")));
        assertThat(annuaire.getRequestCount()).isPositive();
        assertThat(visibleTexts()).doesNotContain("Hors connexion : données du 24/11/2026")
                .contains("Source : Service-Public.fr / DILA — Licence Ouverte 2.0.");

        readTheMairiesPage();

        annuaire.close();
        press(KeyCode.ESCAPE);
        clickOn(SEARCH_FIELD);
        press(KeyCode.CONTROL, KeyCode.A);
        robot.write("mairie Verderonne");
        waitUntil(() -> visibleTexts().contains("Hors connexion : données du 24/11/2026"));
        waitUntil(() -> isShown(MAIRIE));

        readTheMairiesPage();
    }

    @Test
    void theHomeSearchOpensResultsAndAnOfficeCanBeKeptAsFavourite() {
        typeInto("Rechercher un service public ou une démarche", "mairie de Verderonne");
        press(KeyCode.ENTER);
        assertThat(screenTitle()).isEqualTo("Recherche");
        waitUntil(() -> isShown(MAIRIE));
        clickOn(MAIRIE);
        waitUntil(() -> isShown("Garder dans mes favoris"));
        clickOn("Garder dans mes favoris");
        assertThat(visibleTexts()).contains("Ce service est dans vos favoris.");

        clickOn("Annuaire");
        waitUntil(() -> visibleTexts().contains("Mes favoris") && isShown(MAIRIE));
    }

    @Test
    void theHomeSearchAlsoFindsProceduresWhichOpenOnServicePublic() {
        typeInto("Rechercher un service public ou une démarche", "passeport");
        press(KeyCode.ENTER);
        waitUntil(() -> visibleTexts().contains("Démarches pour « passeport »"));
        assertThat(visibleTexts()).contains("Aucun service trouvé pour « passeport ». Vérifiez l'orthographe ou essayez un autre mot.")
                .anyMatch(text -> text.startsWith("Passeport"));
    }

    private void readTheMairiesPage() {
        clickOn(MAIRIE);
        assertThat(screenTitle()).isEqualTo("Service public");
        waitUntil(() -> visibleTexts().contains(TODAY));
        assertThat(visibleTexts()).contains("Mairie - Verderonne", "Fermé, ouvre aujourd'hui à 17:00",
                "Samedi 28 novembre : de 09:00 à 11:30", "Mercredi 25 novembre : fermé");
        assertThat(isShown(PHONE)).isTrue();
        assertThat(isShown("Itinéraire vers cette adresse")).isTrue();
    }
}
