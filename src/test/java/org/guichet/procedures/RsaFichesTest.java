package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RelatedPublication;
import org.junit.jupiter.api.Test;

/** F19778 "RSA demandeur de 25 ans et plus" and its form R1350 (cerfa 15481*01). */
class RsaFichesTest {
    private final Procedure fiche = Fiches.fiche("F19778");
    private final Procedure form = Fiches.fiche("R1350");

    @Test
    void theFormIsACerfaWithItsAnnex() {
        assertThat(form.orientation().onlineServices()).extracting(OnlineService::id, OnlineService::cerfaNumber, OnlineService::url)
                .containsExactly(
                        tuple("R1350", Optional.of("15481*01"),
                                "https://www.formulaires.service-public.fr/gf/cerfa_15481.do"),
                        tuple("", Optional.of("15482*01"),
                                "https://www.formulaires.service-public.fr/gf/cerfa_15482.do"));
        assertThat(form.orientation().onlineServices().get(0).title()).isEqualTo("Demande de RSA ou de prime d'activité");
    }

    @Test
    void theFormIsFiledAtTheCafTheMsaTheDepartmentOrTheTownHall() {
        assertThat(form.orientation().offices()).extracting(Office::title, office -> office.pivotLocal().orElseThrow())
                .containsExactly(
                        tuple("Caisse d'allocations familiales (Caf)", "caf"),
                        tuple("Mutualité sociale agricole (MSA)", "msa"),
                        tuple("Services du département", "cg"),
                        tuple("Mairie", "mairie"));
        assertThat(form.glossary()).extracting(entry -> entry.term()).containsExactly("Caf", "CCAS");
    }

    @Test
    void theFicheOffersTheCerfaAndThePlaces() {
        assertThat(fiche.orientation().onlineServices()).filteredOn(service -> service.id().equals("R1350"))
                .singleElement().satisfies(service -> assertThat(service.cerfaNumber()).contains("15481*01"));
        assertThat(fiche.orientation().offices()).extracting(office -> office.pivotLocal().orElse(""))
                .containsExactly("caf", "cg", "mairie", "msa");
    }

    @Test
    void amountsComeFromTheMontantTables() {
        assertThat(Fiches.costs(fiche, "Cas général (Caf)", "Vous vivez seul(e)"))
                .extracting(CostLine::euroAmounts)
                .containsExactly(List.of(new BigDecimal("564.78")));
        assertThat(Fiches.costs(fiche, "Cas général (Caf)", "Vous vivez en couple"))
                .extracting(CostLine::text)
                .contains("2 : 1\u00A0186,04\u00A0€");
        assertThat(Fiches.costs(fiche, "Cas général (Caf)", "Famille monoparentale"))
                .filteredOn(cost -> cost.text().startsWith("1 :"))
                .singleElement()
                .satisfies(cost -> assertThat(cost.euroAmounts()).containsExactly(new BigDecimal("847.17"), new BigDecimal("966.99")));
    }

    @Test
    void theRecoursChapterIsAnAppealRoute() {
        assertThat(fiche.orientation().appealRoutes()).extracting(AppealRoute::situation, AppealRoute::title)
                .containsExactly(
                        tuple(List.of("Cas général (Caf)"), "Recours"),
                        tuple(List.of("Régime agricole (MSA)"), "Recours"));
        assertThat(fiche.orientation().appealRoutes().get(0).offices()).extracting(Office::title)
                .containsExactly("Services du département");
        assertThat(fiche.orientation().appealGuides()).extracting(RelatedPublication::id).containsExactly("F2478", "F2026");
    }
}
