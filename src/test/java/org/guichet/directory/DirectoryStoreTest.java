package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.guichet.directory.TestOffices.CAF_LOIRET;
import static org.guichet.directory.TestOffices.FRANCE_SERVICES_PITHIVIERS;
import static org.guichet.directory.TestOffices.MAIRIE_ORLEANS;
import static org.guichet.directory.TestOffices.PREFECTURE_LOIRET;
import static org.guichet.directory.TestOffices.SOUS_PREFECTURE_MONTARGIS;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryStoreTest {

    @TempDir
    Path home;

    private Database database;
    private DirectoryStore store;

    @BeforeEach
    void open() {
        database = Database.open(home);
        store = new DirectoryStore(database);
    }

    @AfterEach
    void checkTheSearchIndexAndClose() throws Exception {
        try (Statement statement = database.connection().createStatement()) {
            statement.execute("INSERT INTO directory_office_search (directory_office_search) VALUES ('integrity-check')");
        }
        database.close();
    }

    private List<String> names(String text, Set<String> types) {
        return store.search(text, types, 10).stream().map(Office::name).toList();
    }

    @Test
    void keepsEveryValueOfTheRealSamples() throws Exception {
        List<Office> samples = Samples.allOffices();
        store.upsert(samples);

        assertThat(store.count()).isEqualTo(samples.size());
        for (Office office : samples) {
            assertThat(store.find(office.id())).contains(office);
        }
        assertThat(store.find("no-such-id")).isEmpty();
    }

    @Test
    void storesAnOfficeAsACompactDumpRecord() throws Exception {
        Office verderonne = OdsReplyReader.read(Samples.reader(Samples.VERDERONNE_API)).offices().get(0);

        String record = DumpRecordWriter.write(verderonne);

        assertThat(record).startsWith("{\"id\":\"000e1df5-ae69-4a43-a52b-f6061bcc3707\",\"nom\":\"Mairie - Verderonne\"")
                .contains("\"complement1\":\"13 rue de l'Église\"", "\"valeur_heure_debut_1\":\"17:00:00\"")
                .doesNotContain("\"sigle\"", "\"\"");
        assertThat(Samples.dump(record)).containsExactly(verderonne);
    }

    @Test
    void keepsOfficesAcrossRestarts() throws Exception {
        store.upsert(Samples.allOffices());
        database.close();
        database = Database.open(home);
        store = new DirectoryStore(database);

        assertThat(names("verderonne", Set.of())).containsExactly("Mairie - Verderonne");
    }

    @Test
    void findsEveryWordAsAPrefixIgnoringAccentsAndCase() {
        store.upsert(TestOffices.loiret());

        assertThat(names("prefec orl", Set.of())).containsExactly("Préfecture du Loiret");
        assertThat(names("PRÉFECTURE orléans", Set.of())).containsExactly("Préfecture du Loiret");
        assertThat(names("sous-prefecture", Set.of())).containsExactly("Sous-préfecture de Montargis");
        assertThat(names("préf", Set.of())).containsExactlyInAnyOrder("Préfecture du Loiret",
                "Sous-préfecture de Montargis");
        assertThat(names("452", Set.of())).containsExactly("Sous-préfecture de Montargis");
        assertThat(names("pithi", Set.of())).containsExactly("France services - Pithiviers");
        assertThat(names("france services", Set.of())).containsExactly("France services - Pithiviers");
        assertThat(names("mairie montargis", Set.of())).isEmpty();
    }

    @Test
    void findsRealSamplesByNameCommuneAndPostcode() throws Exception {
        store.upsert(Samples.allOffices());

        assertThat(names("fontaine le port", Set.of())).containsExactly("Mairie - Fontaine-le-Port");
        assertThat(names("27570", Set.of())).containsExactly("Mairie - Breux-sur-Avre");
        assertThat(names("cohesion territoires", Set.of()))
                .containsExactly("Agence nationale de la cohésion des territoires (ANCT)");
        assertThat(names("mairie", Set.of())).hasSize(3);
    }

    @Test
    void ranksNameMatchesFirst() {
        store.upsert(TestOffices.loiret());

        assertThat(names("orleans", Set.of())).first().isEqualTo("Mairie - Orléans");
    }

    @Test
    void filtersByServiceType() {
        store.upsert(TestOffices.loiret());

        assertThat(names("orleans", Set.of("mairie"))).containsExactly(MAIRIE_ORLEANS.name());
        assertThat(names("loiret", Set.of("caf", "prefecture"))).containsExactlyInAnyOrder(PREFECTURE_LOIRET.name(),
                CAF_LOIRET.name());
        assertThat(names("orleans", Set.of("gendarmerie"))).isEmpty();
    }

    @Test
    void respectsTheLimit() {
        store.upsert(TestOffices.loiret());

        assertThat(store.search("45", Set.of(), 2)).hasSize(2);
        assertThat(store.search("45", Set.of(), 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "*", "-", "(", ")", "AND", "OR", "NOT", "NEAR(", "préf AND", "prefec\"",
            "\"orl*", "name:prefecture", "-orleans", "^prefecture", "{name}: x", "'; DROP TABLE directory_office; --",
            "\uD83C\uDFDB\uFE0F", "pr\uD83D\uDE00fecture", "\u0301", "   ", "", "a + b", "x OR y NOT z", "prefec)*("})
    void neverBreaksOnUserInput(String text) {
        store.upsert(TestOffices.loiret());

        assertThatCode(() -> store.search(text, Set.of(), 10)).doesNotThrowAnyException();
        assertThatCode(() -> store.search(text, Set.of("mairie", "x') OR 1=1 --"), 10)).doesNotThrowAnyException();
        assertThat(store.count()).isEqualTo(5);
    }

    @Test
    void readsOperatorsAndPunctuationAsPlainWords() {
        store.upsert(TestOffices.loiret());

        assertThat(names("\"prefecture\" (loiret)", Set.of())).containsExactly(PREFECTURE_LOIRET.name());
        assertThat(names("-préf* orléans!", Set.of())).containsExactly(PREFECTURE_LOIRET.name());
        assertThat(names("prefecture AND loiret", Set.of())).isEmpty();
        assertThat(names("\uD83C\uDFDB\uFE0F pithiviers", Set.of())).containsExactly(FRANCE_SERVICES_PITHIVIERS.name());
    }

    @Test
    void anUpsertReplacesTheOfficeAndItsSearchEntry() {
        store.upsert(TestOffices.loiret());
        Office renamed = TestOffices.office(SOUS_PREFECTURE_MONTARGIS.id(), "Maison de l'État de Montargis",
                "maison_etat", "45200", "Montargis");

        store.upsert(List.of(renamed));

        assertThat(store.count()).isEqualTo(5);
        assertThat(store.find(renamed.id())).contains(renamed);
        assertThat(names("sous prefecture", Set.of())).isEmpty();
        assertThat(names("maison etat", Set.of())).containsExactly("Maison de l'État de Montargis");
        assertThat(names("montargis", Set.of("sous_pref"))).isEmpty();
    }

    @Test
    void theLastOfTwoVersionsInOneBatchWins() {
        Office newer = TestOffices.office(CAF_LOIRET.id(), "CAF du Loiret", "caf", "45000", "Orléans");

        store.upsert(List.of(CAF_LOIRET, newer));

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find(CAF_LOIRET.id())).contains(newer);
        assertThat(store.search("caf", Set.of(), 10)).containsExactly(newer);
    }

    @Test
    void recordsTheDataVersionOfEachSource() {
        assertThat(store.dataVersions()).isEmpty();
        DirectoryDataVersion bundled = new DirectoryDataVersion("bundled", LocalDate.of(2025, 1, 6),
                Instant.parse("2026-11-23T10:00:00Z"));
        DirectoryDataVersion refreshed = new DirectoryDataVersion("bundled", LocalDate.of(2026, 11, 1),
                Instant.parse("2026-11-23T12:00:00.5Z"));
        DirectoryDataVersion api = new DirectoryDataVersion("api", LocalDate.of(2026, 11, 23),
                Instant.parse("2026-11-23T12:00:00Z"));

        store.recordImport(bundled);
        store.recordImport(api);
        store.recordImport(refreshed);

        assertThat(store.dataVersions()).containsExactly(refreshed, api);
    }
}
