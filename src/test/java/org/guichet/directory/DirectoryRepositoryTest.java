package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline-first repository on a real database, with the bundled snapshot imported once. */
class DirectoryRepositoryTest {

    static final String VERDERONNE_MAIRIE = "000e1df5-ae69-4a43-a52b-f6061bcc3707";
    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private static final String WHERE = "search(*, \"Verderonne\")";

    @TempDir
    Path home;

    private Database database;
    private DirectoryRepository repository;

    @BeforeEach
    void open() {
        database = Database.open(home);
        repository = new DirectoryRepository(database,
                AnnuaireClient.create(AnnuaireAddress.of("http://127.0.0.1:9")), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstRunImportsTheBundledSnapshotInUnderTwoSecondsWithProgress() {
        assertThat(repository.needsFirstImport()).isTrue();
        List<Long> progress = new ArrayList<>();

        long start = System.nanoTime();
        long offices = repository.importBundledSnapshot((done, total) -> {
            assertThat(total).hasValue(1552);
            progress.add(done);
        });
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(offices).isEqualTo(1552);
        assertThat(millis).as("first-run import time, ms").isLessThan(2_000);
        assertThat(progress).isSorted().hasSizeGreaterThan(5).last().isEqualTo(1552L);
        assertThat(repository.needsFirstImport()).isFalse();
        assertThat(repository.dataDate()).contains(LocalDate.of(2026, 11, 23));
        assertThat(repository.lastRefresh()).isEmpty();
    }

    @Test
    void officesAreFoundByNameCommunePostcodeAndTypeWithoutAccents() {
        repository.importBundledSnapshot((done, total) -> { });

        assertThat(ids(repository.search("verderonne", Set.of(), 10))).contains(VERDERONNE_MAIRIE);
        assertThat(ids(repository.search("mairie de Verderonne", Set.of(), 10))).first().isEqualTo(VERDERONNE_MAIRIE);
        assertThat(ids(repository.search("60140", Set.of("mairie"), 10))).contains(VERDERONNE_MAIRIE);
        assertThat(repository.search("prefecture", Set.of(), 5)).isNotEmpty();
        assertThat(repository.find(VERDERONNE_MAIRIE)).map(Office::name).contains("Mairie - Verderonne");
    }

    @Test
    void nearestOfficesComeFirstWithTheirDistance() {
        repository.importBundledSnapshot((done, total) -> { });
        GeoPoint verderonne = repository.locate("Verderonne").orElseThrow();

        List<NearbyOffice> nearest = repository.nearest(verderonne, Set.of(), 5);
        List<NearbyOffice> franceServices = repository.nearest(verderonne, OfficeCategory.FRANCE_SERVICES.pivotCodes(), 3);

        assertThat(nearest.get(0).office().id()).isEqualTo(VERDERONNE_MAIRIE);
        assertThat(nearest.get(0).metres()).isLessThan(1);
        assertThat(nearest).extracting(NearbyOffice::metres).isSorted();
        assertThat(franceServices).hasSize(3).allMatch(found -> found.office().types().contains("france_services"));
        assertThat(franceServices).extracting(NearbyOffice::metres).isSorted();
        assertThat(repository.locate("60140")).isPresent();
        assertThat(repository.locate("Atlantide")).isEmpty();
    }

    @Test
    void favouritesAreKeptAndRemoved() {
        repository.importBundledSnapshot((done, total) -> { });

        repository.setFavourite(VERDERONNE_MAIRIE, true);
        repository.setFavourite(VERDERONNE_MAIRIE, true);
        assertThat(repository.isFavourite(VERDERONNE_MAIRIE)).isTrue();
        assertThat(ids(repository.favourites())).containsExactly(VERDERONNE_MAIRIE);

        repository.setFavourite(VERDERONNE_MAIRIE, false);
        assertThat(repository.isFavourite(VERDERONNE_MAIRIE)).isFalse();
        assertThat(repository.favourites()).isEmpty();
    }

    @Test
    void anAnswerIsMergedAndItsValidatorsKept() throws Exception {
        List<Office> fromApi = OdsReplyReader.read(Samples.reader(Samples.ANCT_API)).offices();
        CacheValidators validators = new CacheValidators("\"v1\"", "Wed, 09 Aug 2023 13:30:23 GMT");

        RefreshOutcome outcome = repository.merge(WHERE, new AnnuaireReply(RefreshOutcome.UPDATED, fromApi, validators));

        assertThat(outcome).isEqualTo(RefreshOutcome.UPDATED);
        assertThat(repository.find(fromApi.get(0).id())).isPresent();
        assertThat(repository.validators(WHERE)).isEqualTo(validators);
        assertThat(repository.lastRefresh()).contains(NOW);
        assertThat(repository.dataDate()).contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void aFailedRefreshKeepsEveryCachedOffice() {
        repository.importBundledSnapshot((done, total) -> { });
        List<Office> before = repository.search("Verderonne", Set.of(), 10);

        for (RefreshOutcome failure : List.of(RefreshOutcome.OFFLINE, RefreshOutcome.REFUSED,
                RefreshOutcome.SERVER_ERROR, RefreshOutcome.BAD_REPLY)) {
            assertThat(repository.merge(WHERE, AnnuaireReply.failed(failure))).isEqualTo(failure);
        }
        assertThat(repository.merge(WHERE, repository.fetch(WHERE, repository.validators(WHERE))))
                .isEqualTo(RefreshOutcome.OFFLINE);

        assertThat(repository.search("Verderonne", Set.of(), 10)).isEqualTo(before);
        assertThat(repository.lastRefresh()).isEmpty();
        assertThat(repository.dataDate()).contains(LocalDate.of(2026, 11, 23));
    }

    private static List<String> ids(List<Office> offices) {
        return offices.stream().map(Office::id).toList();
    }
}
