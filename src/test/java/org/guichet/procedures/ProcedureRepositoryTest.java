package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcedureRepositoryTest {
    private final ProcedureRepository repository = Fiches.bundledOnlyRepository();

    @Test
    void thePassportPageLeadsToItsAppealGuideThenTheGeneralAppeals() {
        ProcedurePage page = repository.page("F14929");

        assertThat(page.title()).isEqualTo("Passeport d'un majeur : première demande");
        assertThat(page.officialUrl()).isEqualTo("https://www.service-public.fr/particuliers/vosdroits/F14929");
        assertThat(page.appealSteps()).extracting(AppealStep::sourceId).containsExactly("F12567", "F2474", "F2026");
        assertThat(page.appealSteps().get(1).routes()).flatExtracting(route -> route.deadlines())
                .anyMatch(deadline -> deadline.text().contains("2 mois à partir de la notification"));
        assertThat(page.droitALErreur()).hasValueSatisfying(fiche -> assertThat(fiche.id()).isEqualTo("F34677"));
    }

    @Test
    void aFicheWithItsOwnAppealRoutesListsThemFirst() {
        assertThat(repository.page("F19778").appealSteps()).extracting(AppealStep::sourceId)
                .containsExactly("F19778", "F2474", "F2026");
    }

    @Test
    void aFicheThatNamesNoAppealGetsNone() {
        assertThat(repository.page("F34752").appealSteps()).isEmpty();
    }

    @Test
    void aPublicationTheAppDoesNotShipStillHasItsTitleThemeAndOfficialLink() {
        ProcedurePage page = repository.page("F21246");

        assertThat(page.procedure()).isEmpty();
        assertThat(page.title()).isEqualTo("Passeport d'un majeur : en cas de perte");
        assertThat(page.entry()).hasValueSatisfying(entry ->
                assertThat(EntryButtons.place(entry)).isEqualTo("Papiers - Citoyenneté › Passeport"));
        assertThat(page.officialUrl()).isEqualTo("https://www.service-public.fr/particuliers/vosdroits/F21246");
    }

    @Test
    void anUnknownIdGivesAPageWithTheOfficialLinkRatherThanAnError() {
        ProcedurePage page = repository.page("F999999");

        assertThat(page.entry()).isEmpty();
        assertThat(page.procedure()).isEmpty();
        assertThat(page.officialUrl()).endsWith("/F999999");
    }

    @Test
    void fichesAndPagesAreParsedOnceAndKeptInMemory() {
        assertThat(repository.builtPage("F1341")).isEmpty();
        assertThat(repository.loadedCatalogue()).isEmpty();

        ProcedurePage page = repository.page("F1341");

        assertThat(repository.builtPage("F1341")).containsSame(page);
        assertThat(repository.fiche("F1341")).containsSame(page.procedure().orElseThrow());
        assertThat(repository.loadedCatalogue()).isPresent();
    }

    @Test
    void popularFichesAreAllShipped() {
        assertThat(repository.popular()).hasSize(ProcedureRepository.POPULAR.size())
                .allSatisfy(entry -> assertThat(repository.fiche(entry.id())).isPresent());
    }
}
