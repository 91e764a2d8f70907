package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureCatalogueTest {
    private static final ProcedureCatalogue CATALOGUE = new BundledContent().catalogue();

    @Test
    void theBundledCatalogueHoldsEveryPublicationForIndividuals() {
        assertThat(CATALOGUE.entries()).hasSize(4758);
        assertThat(CATALOGUE.entry("F14929")).hasValueSatisfying(entry -> {
            assertThat(entry.title()).isEqualTo("Passeport d'un majeur : première demande");
            assertThat(entry.subject()).isEqualTo("Papiers - Citoyenneté");
            assertThat(entry.date()).isEqualTo(LocalDate.of(2020, 8, 26));
            assertThat(entry.themePath()).containsExactly("Accueil\u00A0particuliers", "Papiers - Citoyenneté", "Passeport",
                    "Passeport d'un majeur : première demande");
        });
        assertThat(CATALOGUE.entry("F0")).isEmpty();
    }

    @Test
    void searchFindsTitlesByWordPrefixesWithoutAccentsOrCase() {
        assertThat(CATALOGUE.search("passeport", 50)).extracting(CatalogueEntry::id).contains("N360", "F14929", "F21091", "F34752");
        assertThat(CATALOGUE.search("carte d'identite", 50)).extracting(CatalogueEntry::id).contains("N358", "F1341", "F21089");
        assertThat(CATALOGUE.search("CARTE D IDENTITÉ", 50)).extracting(CatalogueEntry::id).contains("F1341");
        assertThat(CATALOGUE.search("acte de naiss", 10)).extracting(CatalogueEntry::id).startsWith("F1427").contains("R1406");
        assertThat(CATALOGUE.search("droit a l'erreur", 10)).extracting(CatalogueEntry::id).containsExactly("F34677");
    }

    @Test
    void titlesThatBeginWithTheQueryComeFirst() {
        List<CatalogueEntry> found = CATALOGUE.search("passe", 5);

        assertThat(found).hasSize(5).allSatisfy(entry -> assertThat(TextKey.of(entry.title())).startsWith("passe"));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(CATALOGUE.search("  ' ", 10)).isEmpty();
        assertThat(CATALOGUE.search("zzzzqx", 10)).isEmpty();
    }

    @Test
    void themesGroupTheEntriesByDossier() {
        List<ThemeGroup> themes = CATALOGUE.themes();

        assertThat(themes).extracting(ThemeGroup::name).contains("Papiers - Citoyenneté", "Social - Santé", "Comment faire si");
        assertThat(themes.stream().mapToInt(ThemeGroup::size).sum()).isEqualTo(4758);
        ThemeGroup papers = themes.stream().filter(theme -> theme.name().equals("Papiers - Citoyenneté")).findFirst().orElseThrow();
        assertThat(papers.subgroups()).filteredOn(dossier -> dossier.name().equals("Passeport")).singleElement()
                .satisfies(passport -> assertThat(passport.entries()).extracting(CatalogueEntry::id).contains("F14929", "F21091"));
        assertThat(papers.entries()).extracting(CatalogueEntry::id).contains("N360", "N358");
    }

    @Test
    void lifeEventsAreTheComment_faire_siGuides() {
        assertThat(CATALOGUE.lifeEvents()).hasSize(17).extracting(CatalogueEntry::title).contains("J'attends un enfant", "Je déménage");
    }

    @Test
    void aMalformedCatalogueIsRefused() {
        assertThatThrownBy(() -> read("[{\"id\": \"F1\", \"title\": \"T\", \"date\": \"modified 2020-01-01\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the procedures catalogue is not valid JSON");
        assertThatThrownBy(() -> read("{\"id\": \"F1\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("[{\"title\": \"T\", \"date\": \"modified 2020-01-01\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without id");
        assertThatThrownBy(() -> read("[{\"id\": \"F1\", \"title\": \"T\", \"date\": \"hier\"}]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ProcedureCatalogue read(String json) {
        return ProcedureCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
