package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.TimeZone;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.guichet.app.AppServices;
import org.guichet.directory.DirectoryImporter;
import org.guichet.directory.DirectoryStore;
import org.guichet.storage.Database;
import org.guichet.testing.AppUiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Booking a phone appointment at the real Verderonne town hall of the bundled snapshot, by
 * accessible names and the keyboard only; then reading it offline and cancelling it.
 */
class BookingUiTest extends AppUiTest {

    private static final Path SNAPSHOT = Path.of("assets/annuaire/annuaire-snapshot.json.gz");
    private static final String OFFLINE_GATEWAY = "https://127.0.0.1:9/";
    private static TimeZone deviceZone;

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
        System.setProperty(AppServices.CLOCK_PROPERTY, "2026-11-23T09:00:00Z");
        if (!Files.exists(home.resolve(Database.FILE_NAME))) {
            importSnapshot();
        }
    }

    @AfterEach
    void clearProperties() {
        System.clearProperty(AppServices.CLOCK_PROPERTY);
        System.clearProperty(AppServices.GATEWAY_URL_PROPERTY);
    }

    /** What the directory feature does on first run; this test only needs the offices to be there. */
    private void importSnapshot() {
        try (Database database = Database.open(home); InputStream dump = Files.newInputStream(SNAPSHOT)) {
            new DirectoryImporter(new DirectoryStore(database), Clock.systemUTC()).importDump(dump, "bundled-snapshot",
                    LocalDate.of(2026, 11, 23), OptionalLong.empty(), (done, total) -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bookAPhoneAppointmentReadItOfflineAndCancelIt() throws TimeoutException {
        assertThat(isShown("Mode démonstration\u00a0: les rendez-vous ne sont pas réels")).isTrue();
        activate("Mes rendez-vous");
        typeWithKeyboard("Service, commune ou code postal", "Verderonne");
        press(KeyCode.ENTER);
        waitUntil(() -> isShown("Prendre rendez-vous\u00a0: Mairie - Verderonne"), "the office in the results");
        activate("Prendre rendez-vous\u00a0: Mairie - Verderonne");

        waitUntil(() -> isShown("Choisir ce motif\u00a0: État civil (actes, mariage, reconnaissance)"), "the reasons");
        assertThat(visibleTexts()).contains("Étape 1 sur 5", "Mairie - Verderonne");
        activate("Choisir ce motif\u00a0: État civil (actes, mariage, reconnaissance)");
        assertThat(visibleTexts()).contains("Étape 2 sur 5");
        activate("Par téléphone");

        waitUntil(() -> visibleTexts().contains("Étape 3 sur 5") && !visibleTexts().contains("Chargement en cours…"),
                "the slots");
        tabToStartingWith("mardi 24 novembre, ");
        String slot = focusedName();
        press(KeyCode.SPACE);

        assertThat(visibleTexts()).contains("Étape 4 sur 5");
        activate("Continuer");
        assertThat(visibleTexts()).contains("Indiquez votre nom et votre prénom.",
                "Indiquez le numéro auquel le service doit vous appeler.");
        typeWithKeyboard("Nom et prénom", "Camille Martin");
        typeWithKeyboard("Numéro de téléphone", "06 12 34 56 78");
        activate("Continuer");

        assertThat(visibleTexts()).contains("Étape 5 sur 5", "Date et heure\u00a0: " + slot,
                "Mode\u00a0: Par téléphone");
        activate("Confirmer le rendez-vous");

        waitUntil(() -> visibleTexts().contains("Rendez-vous confirmé"), "the recap");
        assertThat(screenTitle()).isEqualTo("Votre rendez-vous");
        assertThat(visibleTexts()).contains("Date et heure\u00a0: " + slot, "Par téléphone",
                "Numéro du service, en cas d'empêchement\u00a0: 03 44 73 08 09")
                .anyMatch(text -> text.startsWith("Référence\u00a0: "));

        System.setProperty(AppServices.GATEWAY_URL_PROPERTY, OFFLINE_GATEWAY);
        restartApp();
        assertThat(isShown("Mode démonstration\u00a0: les rendez-vous ne sont pas réels")).isFalse();
        activate("Mes rendez-vous");
        waitForText("Hors connexion\u00a0: voici les rendez-vous enregistrés sur cet appareil.");
        String item = slot + " – État civil (actes, mariage, reconnaissance) – Mairie - Verderonne – Par téléphone";
        assertThat(visibleTexts()).contains(item);

        System.clearProperty(AppServices.GATEWAY_URL_PROPERTY);
        restartApp();
        activate("Mes rendez-vous");
        waitForText("À jour avec le service de rendez-vous.");
        activate(item);
        waitForText("Rendez-vous confirmé");
        activate("Annuler le rendez-vous");
        activate("Oui, annuler le rendez-vous");
        waitForText("Rendez-vous annulé");

        press(KeyCode.ESCAPE);
        waitUntil(() -> visibleTexts().contains("Annulé\u00a0: " + item), "the cancelled appointment among past ones");
        assertThat(visibleTexts()).contains("Aucun rendez-vous à venir.");
    }
}
