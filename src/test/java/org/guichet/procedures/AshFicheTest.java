package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.TimeLimit;
import org.junit.jupiter.api.Test;

/** F2444 "Aide sociale à l'hébergement (ASH) d'une personne âgée": "Montant" and "Décision" chapters. */
class AshFicheTest {
    private final Procedure fiche = Fiches.fiche("F2444");

    @Test
    void theMontantChapterGivesTheCostLines() {
        assertThat(Fiches.costs(fiche, "Hébergement en établissement"))
                .extracting(CostLine::euroAmounts)
                .contains(List.of(new BigDecimal("108")), List.of(new BigDecimal("903.20")));
        assertThat(Fiches.costs(fiche, "Hébergement en établissement").get(0).text())
                .isEqualTo("L'ASH est versée par le département. Chaque département a son propre règlement d'aide sociale. "
                        + "Les règles de versement sont donc différentes en fonction des départements.");
        assertThat(Fiches.costs(fiche, "Chez un accueillant familial"))
                .filteredOn(cost -> !cost.euroAmounts().isEmpty())
                .singleElement()
                .satisfies(cost -> assertThat(cost.text()).startsWith("les sommes minimales laissées à la personne âgée"));
    }

    @Test
    void theDecisionChapterIsTheAppealRouteWithItsTwoMonthDelay() {
        AppealRoute route = fiche.orientation().appealRoutes().get(0);

        assertThat(fiche.orientation().appealRoutes()).extracting(AppealRoute::title).containsExactly("Décision", "Décision");
        assertThat(route.situation()).containsExactly("Hébergement en établissement");
        assertThat(route.offices()).extracting(Office::title, office -> office.pivotLocal().orElseThrow())
                .containsExactly(tuple("Services du département", "cg"));
        assertThat(route.deadlines()).containsExactly(new TimeLimit(List.of("Hébergement en établissement"),
                "Les services du département ont 2 mois pour répondre après la réception du courrier.",
                Optional.of(Period.ofMonths(2))));
        assertThat(fiche.orientation().appealGuides()).extracting(guide -> guide.id()).containsExactly("F2478");
    }

    @Test
    void theApplicationIsMadeAtTheTownHall() {
        assertThat(fiche.orientation().offices()).extracting(office -> office.pivotLocal().orElse(""))
                .containsExactly("mairie", "cg", "");
    }
}
