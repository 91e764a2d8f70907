package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.guichet.i18n.I18n;
import org.guichet.i18n.Language;
import org.guichet.platform.Background;
import org.guichet.platform.Browser;
import org.guichet.platform.DevicePosition;
import org.guichet.storage.Database;
import org.guichet.testing.BackgroundWork;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The directory's view-models on the real snapshot, Tuesday 24 November 2026 at 15:00 in Paris, offline. */
@Timeout(120)
class DirectoryViewModelTest {

    private static final Clock TUESDAY_AFTERNOON = Clock.fixed(Instant.parse("2026-11-24T14:00:00Z"),
            ZoneId.of("Europe/Paris"));
    private static final String MAIRIE = "Mairie - Verderonne, Verderonne. Fermé, ouvre aujourd'hui à 17:00.";

    @TempDir
    Path home;

    private Database database;
    private Background background;
    private DirectoryServices services;

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() {
        database = Database.open(home);
        background = new Background();
        DirectoryRepository repository = new DirectoryRepository(database,
                AnnuaireClient.create(AnnuaireAddress.of("http://127.0.0.1:9")), TUESDAY_AFTERNOON);
        services = new DirectoryServices(repository, background, TUESDAY_AFTERNOON, new I18n(Language.FRENCH),
                new Browser(url -> { }), DevicePosition.create());
    }

    @AfterEach
    void close() {
        background.close();
        database.close();
    }

    @Test
    void typedWordsFindOfficesSaidInWordsAndAFailedLookupMeansOffline() {
        DirectoryViewModel model = Fx.call(() -> new DirectoryViewModel(services, ""));
        BackgroundWork.settle(background);
        assertThat(Fx.call(() -> model.dataDate().get())).isEqualTo(LocalDate.of(2026, 11, 23));

        Fx.run(() -> model.query().set("verderonne"));
        BackgroundWork.settle(background);

        assertThat(spoken(model.results())).contains(MAIRIE);
        assertThat(Fx.call(() -> model.offline().get())).as("nothing listens on the API port").isTrue();
        assertThat(Fx.call(() -> model.message().get())).isEmpty();
    }

    @Test
    void filtersAndNoResultSayWhatToDo() {
        DirectoryViewModel model = Fx.call(() -> new DirectoryViewModel(services, "Verderonne"));
        BackgroundWork.settle(background);
        Fx.run(() -> model.setCategory(OfficeCategory.CAF, true));
        BackgroundWork.settle(background);

        assertThat(Fx.call(() -> List.copyOf(model.results()))).isEmpty();
        assertThat(Fx.call(() -> model.message().get())).isEqualTo(
                "Aucun service de ce type trouvé pour « Verderonne ». Retirez un filtre ou essayez un autre mot.");
    }

    @Test
    void nearAPostcodeSortsByDistanceAndFindsTheNearestFranceServices() {
        DirectoryViewModel model = Fx.call(() -> new DirectoryViewModel(services, ""));
        BackgroundWork.settle(background);

        Fx.run(() -> model.searchNear("60140"));
        BackgroundWork.settle(background);
        assertThat(Fx.call(() -> model.nearPlaceName().get())).isEqualTo("60140");
        assertThat(spoken(model.results()).get(0)).startsWith("Mairie - Verderonne, Verderonne.").endsWith(" À 10 m.");

        Fx.run(() -> model.nearestFranceServices(""));
        BackgroundWork.settle(background);
        assertThat(spoken(model.results())).hasSizeGreaterThan(3).allMatch(row -> row.matches(".*\\. À [\\d,]+ k?m\\."));

        Fx.run(() -> model.searchNear("Atlantide"));
        BackgroundWork.settle(background);
        assertThat(Fx.call(() -> model.message().get())).startsWith("Nous ne trouvons pas « Atlantide ».");
    }

    @Test
    void theOfficePageSaysStatusWeekAndKeepsTheFavourite() {
        OfficeViewModel office = Fx.call(() -> new OfficeViewModel(services, DirectoryRepositoryTest.VERDERONNE_MAIRIE));
        BackgroundWork.settle(background);

        assertThat(Fx.call(office::statusText)).isEqualTo("Fermé, ouvre aujourd'hui à 17:00");
        assertThat(Fx.call(office::typeText)).isEqualTo("Mairie");
        assertThat(Fx.call(() -> office.week().get(1))).isEqualTo(
                new WeekLine("Mardi 24 novembre (aujourd'hui) : de 17:00 à 19:00", true, List.of()));
        assertThat(Fx.call(office::updatedText)).isEqualTo("Mis à jour le 9 août 2023.");

        DirectoryViewModel list = Fx.call(() -> new DirectoryViewModel(services, ""));
        Fx.run(() -> office.favourite().set(true));
        BackgroundWork.settle(background);
        assertThat(spoken(list.favourites())).containsExactly(MAIRIE);
    }

    @Test
    void anUnknownOfficeSaysSo() {
        OfficeViewModel office = Fx.call(() -> new OfficeViewModel(services, "no-such-office"));
        BackgroundWork.settle(background);

        assertThat(Fx.call(() -> office.office().get())).isNull();
        assertThat(Fx.call(() -> office.problem().get())).startsWith("Ce service n'est plus dans l'annuaire");
    }

    private static List<String> spoken(javafx.collections.ObservableList<OfficeRow> rows) {
        return Fx.call(() -> rows.stream().map(OfficeRow::spoken).toList());
    }
}
