package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guichet.app.AppServices;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.storage.Database;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.Fx;
import org.guichet.testing.Screenshots;
import org.guichet.testing.SwitchableLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Je donne mon avis" from a procedure page, by accessible names, with the network cut: the
 * opinion waits on the phone, the e-mail in the comment is masked before anything is stored, and
 * when the network is back the opinion reaches the gateway and is marked sent.
 */
class FeedbackUiTest extends AppUiTest {
    private static final String PASSPORT = "Passeport d'un majeur : première demande";
    private static final String PENDING = "En attente de connexion : votre avis sera envoyé automatiquement.";

    @TempDir
    Path gatewayDirectory;

    private SandboxGateway gateway;
    private SwitchableLink network;

    @Override
    protected void beforeAppStarts() {
        if (gateway == null) {
            gateway = SandboxGateway.start(gatewayDirectory, officeId -> Optional.empty(), Clock.systemUTC());
            network = SwitchableLink.to(gateway.address().baseUrl().port());
        }
        System.setProperty(AppServices.GATEWAY_URL_PROPERTY, network.url());
    }

    @AfterEach
    void stopGateway() {
        System.clearProperty(AppServices.GATEWAY_URL_PROPERTY);
        network.close();
        gateway.close();
    }

    @Test
    void anOpinionGivenOfflineIsMaskedWaitsAndIsSentWhenTheNetworkComesBack() {
        network.down();
        openPassport();
        clickOn("Je donne mon avis");
        assertThat(visibleTexts()).contains("Étape 1 sur 4 : Expérience générale",
                "Aidez-nous à améliorer le service « " + PASSPORT + " » en répondant à quelques questions."
                        + " Vos réponses sont anonymes.");

        clickOn("Continuer");
        assertThat(visibleTexts()).contains("Choisissez une réponse : cette question est obligatoire.");
        clickOn("Très bien");
        clickOn("Continuer");
        assertThat(visibleTexts()).contains("Étape 2 sur 4 : Clarté", "Pas clair du tout", "Très clair");
        clickOn("4 sur 5");
        snap("feedback-step2");
        clickOn("Continuer");
        clickOn("Au guichet avec l’administration");
        clickOn("Au guichet avec l’administration : Oui");
        clickOn("Au guichet : Bonne");
        snap("feedback-step3");
        clickOn("Je n'ai pas eu besoin d'aide");
        assertThat(isShown("Au guichet avec l’administration : Oui")).isFalse();
        clickOn("Continuer");
        assertThat(visibleTexts()).contains("Étape 4 sur 4 : Commentaire", "Ne partagez pas d'information personnelle.");
        typeInto("Souhaitez-vous nous en dire plus ?", "Tout etait clair. Ecrivez-moi : camille.martin@example.fr");
        snap("feedback-step4");
        clickOn("Envoyer mon avis");
        snap("feedback-personal-data");

        assertThat(visibleTexts()).contains("Nous y avons trouvé : une adresse e-mail.");
        clickOn("Masquer ces informations et envoyer");
        waitUntil(() -> visibleTexts().contains(PENDING), "the opinion waiting for the network");
        assertThat(storedComments()).isEmpty();
        snap("feedback-pending");

        network.up();
        clickOn("Réessayer maintenant");
        waitUntil(() -> visibleTexts().contains("Envoyé"), "the opinion marked sent");
        assertThat(storedComments()).containsExactly("Tout etait clair. Ecrivez-moi : [adresse e-mail masquée]");

        clickOn("Voir mes avis");
        assertThat(visibleTexts()).contains("Envoyé").anyMatch(text -> text.startsWith("Avis sur « " + PASSPORT + " », le "));
        snap("feedback-list");
        clickOn("Supprimer mes avis de cet appareil");
        clickOn("Supprimer définitivement");
        waitUntil(() -> visibleTexts().contains("Vos avis ont été supprimés de cet appareil."), "the deletion");
        assertThat(visibleTexts()).contains("Vous n'avez donné aucun avis depuis cet appareil.");
    }

    @Test
    void theProcedurePageInvitesOnceThenThanks() {
        network.up();
        openPassport();
        clickOn("Je donne mon avis");
        clickOn("Moyen");
        clickOn("Envoyer maintenant");
        waitUntil(() -> visibleTexts().contains("Envoyé"), "the opinion marked sent");
        clickOn("Terminer");
        waitUntil(() -> isShown("Merci, votre avis a été enregistré."), "the thanks on the procedure page");
        snap("feedback-procedure-section");
        assertThat(isShown("Je donne mon avis")).isFalse();
    }

    private void openPassport() {
        clickOn("Démarches");
        typeInto("Rechercher une démarche", "passeport");
        waitUntil(() -> isShown(PASSPORT), "the passport procedure");
        clickOn(PASSPORT);
        waitUntil(() -> isShown("Je donne mon avis"), "the invitation to give an opinion");
    }

    /** With {@code -Dguichet.screenshots=true}: the whole current page, to look at the steps the audit does not reach. */
    private void snap(String name) {
        if (Screenshots.enabled()) {
            Fx.run(() -> Screenshots.saveWhole(scene().getRoot().lookup(".page"), name));
        }
    }

    private List<String> storedComments() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + gatewayDirectory.resolve(Database.FILE_NAME));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT verbatim FROM sandbox_feedback")) {
            List<String> comments = new ArrayList<>();
            while (rows.next()) {
                comments.add(rows.getString(1));
            }
            return comments;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
