package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Procedures tab and a procedure page, driven by accessible names as a screen-reader user would. */
class ProceduresUiTest extends AppUiTest {
    private static final String PASSPORT = "Passeport d'un majeur : première demande";
    private static final String VALID_ID_CARD = "Vous avez une carte d'identité valide";
    private static final String ID_CARD = "Votre carte d'identité";
    private static final String PROOF_OF_ADDRESS = "Justificatif du domicile";

    @Test
    void passportTicksSurviveARestartAndTheAppealRoutesGiveTheirDeadlines() throws TimeoutException {
        openPassport();
        clickOn(VALID_ID_CARD);
        clickOn(ID_CARD);
        clickOn(PROOF_OF_ADDRESS);
        assertThat(visibleTexts()).contains("2 sur 5 pièces prêtes");

        restartApp();
        openPassport();
        assertThat(Fx.call(() -> ((RadioButton) named(VALID_ID_CARD)).isSelected())).isTrue();
        assertThat(Fx.call(() -> ((CheckBox) named(ID_CARD)).isSelected())).isTrue();
        assertThat(Fx.call(() -> ((CheckBox) named(PROOF_OF_ADDRESS)).isSelected())).isTrue();
        assertThat(visibleTexts()).contains("2 sur 5 pièces prêtes");

        clickOn("Si la réponse est non : les recours");
        assertThat(visibleTexts())
                .contains("Étape 1 : Quels recours si le dossier de carte d'identité ou passeport est refusé ?")
                .anyMatch(text -> text.startsWith("Délai : ") && text.contains("2 mois à partir de la notification"));
    }

    @Test
    void aProcedureTheAppDoesNotHoldShowsItsThemeAndTheOfficialLink() {
        clickOn("Démarches");
        typeInto("Rechercher une démarche", "passeport perte majeur");
        clickOn("Passeport d'un majeur : en cas de perte");
        waitUntilShown("Lire la page officielle sur service-public.fr");
        assertThat(visibleTexts()).contains("Papiers - Citoyenneté › Passeport",
                "Le détail de cette démarche n'est pas encore dans l'application. Vous pouvez le lire sur service-public.fr.");
    }

    @Test
    void themesListTheirDossiers() {
        clickOn("Démarches");
        waitUntilShown("Papiers - Citoyenneté");
        clickOn("Papiers - Citoyenneté");
        clickOn("Passeport (24 fiches)");
        assertThat(isShown(PASSPORT)).isTrue();
    }

    private void openPassport() {
        clickOn("Démarches");
        typeInto("Rechercher une démarche", "passeport");
        waitUntilShown(PASSPORT);
        clickOn(PASSPORT);
        waitUntilShown(VALID_ID_CARD);
    }

    private void waitUntilShown(String name) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isShown(name));
        } catch (TimeoutException e) {
            throw new AssertionError("\"" + name + "\" never appeared; visible texts: " + visibleTexts(), e);
        }
    }
}
