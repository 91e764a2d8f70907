package org.guichet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeoutException;
import org.guichet.storage.Database;
import org.guichet.testing.AppUiTest;
import org.junit.jupiter.api.Test;

/** A user sees what the app keeps about them and deletes it, by accessible names. */
class MyDataUiTest extends AppUiTest {

    private boolean favouritesStored;

    @Override
    protected void beforeAppStarts() {
        if (favouritesStored) {
            return;
        }
        favouritesStored = true;
        try (Database database = Database.open(home); Statement statement = database.connection().createStatement()) {
            statement.execute("INSERT INTO directory_favourite(office_id, added_at) VALUES ('a', '2026-11-23'),"
                    + " ('b', '2026-11-23')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seesAndDeletesTheirFavouritesAfterConfirming() throws TimeoutException {
        clickOn("Mon espace");
        clickOn("Voir et effacer mes données sur cet appareil");
        assertThat(screenTitle()).isEqualTo("Mes données");
        waitUntil(() -> visibleTexts().contains("2 éléments enregistrés."));

        clickOn("Effacer : Vos services favoris");
        assertThat(visibleTexts()).contains("Effacer définitivement « Vos services favoris » de cet appareil ?");
        clickOn("Non, garder");
        assertThat(visibleTexts()).contains("2 éléments enregistrés.");

        clickOn("Effacer : Vos services favoris");
        clickOn("Oui, effacer");
        waitUntil(() -> visibleTexts().contains("C'est fait : les données choisies ont été effacées de cet appareil."));
        assertThat(visibleTexts()).doesNotContain("2 éléments enregistrés.");

        restartApp();
        clickOn("Mon espace");
        clickOn("Voir et effacer mes données sur cet appareil");
        waitUntil(() -> !visibleTexts().contains("Lecture de vos données…"));
        assertThat(visibleTexts()).doesNotContain("2 éléments enregistrés.", "1 élément enregistré.");
    }
}
