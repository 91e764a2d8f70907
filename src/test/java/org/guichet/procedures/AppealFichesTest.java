package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.TimeLimit;
import org.junit.jupiter.api.Test;

/** The appeal fiches: F2474 (recours administratif), F2026 (juge administratif), F12567 (refused ID papers). */
class AppealFichesTest {

    @Test
    void administrativeAppealsAreGracieuxHierarchiqueOrRapoWithinTwoMonths() {
        Procedure fiche = Fiches.fiche("F2474");

        assertThat(fiche.orientation().appealRoutes()).extracting(AppealRoute::title).containsExactly(
                "Quelles décisions peuvent être contestées\u00A0?", "Types de recours administratif",
                "Comment faire un recours\u00A0?", "Après le recours");
        AppealRoute how = fiche.orientation().appealRoutes().get(2);
        assertThat(how.deadlines()).contains(new TimeLimit(List.of("Recours gracieux ou recours hiérarchique"),
                "Le recours gracieux et le recours hiérarchique doivent être introduits dans le délai prévu pour faire un "
                        + "recours contentieux (2 mois à partir de la notification de la décision contestée).",
                Optional.of(Period.ofMonths(2))));
        assertThat(how.deadlines()).anyMatch(deadline -> deadline.text()
                .equals("Le délai pour faire un recours administratif préalable obligatoire (Rapo) est indiqué dans la décision que vous contestez.")
                && deadline.period().isEmpty());
        AppealRoute after = fiche.orientation().appealRoutes().get(3);
        assertThat(after.offices()).extracting(Office::title, office -> office.pivotLocal().orElseThrow())
                .containsExactly(tuple("Tribunal administratif", "ta"));
        assertThat(after.deadlines()).anyMatch(deadline -> deadline.text().startsWith("Le silence gardé pendant plus de 2 mois")
                && deadline.period().equals(Optional.of(Period.ofMonths(2))));
    }

    @Test
    void theAdministrativeJudgeIsSeizedAtTheTribunalOrOnline() {
        Procedure fiche = Fiches.fiche("F2026");

        assertThat(fiche.title()).isEqualTo("Recours devant le juge administratif");
        assertThat(fiche.orientation().appealRoutes()).extracting(AppealRoute::title).containsExactly(
                "Conditions", "Où déposer le recours\u00A0?", "Représentation par un avocat", "Comment déposer le recours\u00A0?",
                "Contenu du dossier", "Effet du recours");
        assertThat(fiche.orientation().appealRoutes().get(1).offices()).extracting(Office::title)
                .startsWith("Tribunal administratif", "Conseil d'État", "Tribunal administratif de Nantes");
        assertThat(fiche.orientation().onlineServices()).extracting(service -> service.id()).containsExactly("R50694");
        assertThat(fiche.orientation().appealRoutes().get(4).deadlines()).singleElement()
                .satisfies(deadline -> assertThat(deadline.period()).contains(Period.ofDays(15)));
    }

    @Test
    void aRefusedIdentityFileIsAppealedThroughTheCertTheMinistryOrTheConsulate() {
        Procedure fiche = Fiches.fiche("F12567");

        assertThat(fiche.orientation().appealRoutes()).extracting(AppealRoute::title)
                .containsExactly("Par la mairie", "Par le Cert (préfecture)", "Par le consulat (ou l'ambassade)");
        AppealRoute cert = fiche.orientation().appealRoutes().get(1);
        assertThat(cert.offices()).extracting(Office::title)
                .contains("Cert de Saint-Étienne (CNI-Passeport)", "Direction des libertés publiques et des affaires juridiques (DLPAJ)");
        assertThat(cert.deadlines()).isEmpty();
        assertThat(fiche.orientation().appealRoutes().get(2).offices()).extracting(office -> office.pivotLocal().orElse(""))
                .containsExactly("ambassade_france_etranger", "");
        assertThat(fiche.orientation().onlineServices()).extracting(service -> service.title())
                .containsExactly("Saisir en ligne le Défenseur des droits");
        assertThat(fiche.orientation().appealGuides()).extracting(guide -> guide.id()).containsExactly("F2026");
    }
}
