package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.TimeZone;
import javafx.scene.input.KeyCode;
import org.guichet.app.AppServices;
import org.guichet.directory.DirectoryImporter;
import org.guichet.directory.DirectoryStore;
import org.guichet.sandbox.BookableOffice;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.storage.Database;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.SwitchableLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's own story, by accessible names: finish a booking, give an opinion on it with the
 * network off, turn the network back on, see the opinion marked sent. The gateway is a sandbox
 * reached over real HTTP through a loopback link the test cuts and restores.
 */
class BookingFeedbackUiTest extends AppUiTest {
    private static final Path SNAPSHOT = Path.of("assets/annuaire/annuaire-snapshot.json.gz");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String VERDERONNE = "Mairie - Verderonne";
    private static TimeZone deviceZone;

    @TempDir
    Path gatewayDirectory;

    private Database directory;
    private SandboxGateway gateway;
    private SwitchableLink network;

    @BeforeAll
    static void deviceInParis() {
        deviceZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
    }

    @AfterAll
    static void restoreDeviceZone() {
        TimeZone.setDefault(deviceZone);
    }

    @Override
    protected void beforeAppStarts() {
        System.setProperty(AppServices.CLOCK_PROPERTY, NOW.toString());
        if (gateway == null) {
            importSnapshot();
            directory = Database.open(home);
            DirectoryStore offices = new DirectoryStore(directory);
            gateway = SandboxGateway.start(gatewayDirectory, officeId -> offices.find(officeId).map(office ->
                    new BookableOffice(office.types(), office.openingRanges(), office.departmentCode())),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            network = SwitchableLink.to(gateway.address().baseUrl().port());
        }
        System.setProperty(AppServices.GATEWAY_URL_PROPERTY, network.url());
    }

    @AfterEach
    void stopGateway() {
        System.clearProperty(AppServices.CLOCK_PROPERTY);
        System.clearProperty(AppServices.GATEWAY_URL_PROPERTY);
        network.close();
        gateway.close();
        directory.close();
    }

    @Test
    void finishABookingGiveAnOpinionOfflineAndSeeItSentOnceOnline() {
        network.up();
        book();

        network.down();
        activate("Je donne mon avis sur ce rendez-vous");
        assertThat(visibleTexts()).contains("Aidez-nous à améliorer le service « " + VERDERONNE
                + " » en répondant à quelques questions. Vos réponses sont anonymes.");
        activate("Très bien");
        activate("Envoyer maintenant");
        waitForText("En attente de connexion : votre avis sera envoyé automatiquement.");

        network.up();
        clickOn("Réessayer maintenant");
        waitForText("Envoyé");
    }

    private void book() {
        activate("Mes rendez-vous");
        typeWithKeyboard("Service, commune ou code postal", "Verderonne");
        press(KeyCode.ENTER);
        waitUntil(() -> isShown("Prendre rendez-vous\u00a0: " + VERDERONNE), "the office in the results");
        activate("Prendre rendez-vous\u00a0: " + VERDERONNE);
        waitUntil(() -> isShown("Choisir ce motif\u00a0: État civil (actes, mariage, reconnaissance)"), "the reasons");
        activate("Choisir ce motif\u00a0: État civil (actes, mariage, reconnaissance)");
        activate("Par téléphone");
        waitUntil(() -> visibleTexts().contains("Étape 3 sur 5") && !visibleTexts().contains("Chargement en cours…"),
                "the slots");
        tabToStartingWith("mardi 24 novembre, ");
        press(KeyCode.SPACE);
        activate("Continuer");
        typeWithKeyboard("Nom et prénom", "Camille Martin");
        typeWithKeyboard("Numéro de téléphone", "06 12 34 56 78");
        activate("Continuer");
        activate("Confirmer le rendez-vous");
        waitUntil(() -> visibleTexts().contains("Rendez-vous confirmé"), "the recap");
    }

    private void importSnapshot() {
        try (Database database = Database.open(home); InputStream dump = Files.newInputStream(SNAPSHOT)) {
            new DirectoryImporter(new DirectoryStore(database), Clock.systemUTC()).importDump(dump, "bundled-snapshot",
                    LocalDate.of(2026, 11, 23), OptionalLong.empty(), (done, total) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
