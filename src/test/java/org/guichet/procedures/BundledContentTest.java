package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BundledContentTest {
    private final BundledContent bundled = new BundledContent();

    @Test
    void fichesAreReadFromTheClasspath() {
        assertThat(bundled.fiche("R42946")).hasValueSatisfying(fiche -> assertThat(fiche.title())
                .isEqualTo("Téléservice : Pré-demande de passeport"));
        assertThat(bundled.fiche("F99999")).isEmpty();
        assertThat(bundled.fiche("../../org/guichet")).isEmpty();
    }

    @Test
    void everyBundledFicheIsInTheCatalogue() throws Exception {
        ProcedureCatalogue catalogue = bundled.catalogue();
        try (var files = java.nio.file.Files.list(Fiches.DIRECTORY)) {
            files.map(file -> file.getFileName().toString().replace(".xml", ""))
                    .forEach(id -> assertThat(catalogue.entry(id)).as(id).isPresent());
        }
    }

    @Test
    void theSnapshotDateIsNovember2020() {
        assertThat(BundledContent.SNAPSHOT).isEqualTo(YearMonth.of(2020, 11));
    }
}
