package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.ProcedureKind;
import org.guichet.domain.procedure.RelatedPublication;
import org.junit.jupiter.api.Test;

/** F1427 "Acte de naissance : demande de copie intégrale ou d'extrait" and its téléservice R1406. */
class BirthCertificateFichesTest {
    private final Procedure fiche = Fiches.fiche("F1427");
    private final Procedure teleservice = Fiches.fiche("R1406");

    @Test
    void theCopyIsFreeAndAskedAtTheTownHallOrOnline() {
        assertThat(fiche.orientation().costs()).extracting(CostLine::situation, CostLine::text)
                .containsExactly(tuple(List.of("Né(e) en France"), "Gratuit."),
                        tuple(List.of("Né(e) à l'étranger"), "Gratuit."));
        assertThat(fiche.orientation().offices()).extracting(Office::id, office -> office.pivotLocal().orElse(""))
                .containsExactly(tuple("R1", "mairie"), tuple("R192", ""));
        assertThat(fiche.orientation().onlineServices()).extracting(OnlineService::id).containsExactly("R1406", "R1405", "R43333");
        assertThat(fiche.orientation().requiredDocuments()).isEmpty();
    }

    @Test
    void aDelayGivenAsARangeHasNoSinglePeriod() {
        assertThat(fiche.orientation().delays())
                .filteredOn(delay -> delay.text().contains("3 à 4 semaines"))
                .singleElement()
                .satisfies(delay -> assertThat(delay.period()).isEmpty());
    }

    @Test
    void howToAskIsAChoiceOfChannels() {
        assertThat(Fiches.flatten(fiche.content()))
                .filteredOn(Block.Choice.class::isInstance)
                .map(block -> ((Block.Choice) block).options().stream().map(Block.ChoiceOption::title).toList())
                .contains(List.of("En ligne", "Sur place", "Par courrier"));
    }

    @Test
    void theTeleserviceIsItsOwnOnlineService() {
        assertThat(teleservice.summary().kind()).isEqualTo(ProcedureKind.SERVICE_COMPLEMENTAIRE);
        assertThat(teleservice.summary().subtype()).isEqualTo("Téléservice");
        OnlineService itself = teleservice.orientation().onlineServices().get(0);
        assertThat(teleservice.orientation().onlineServices()).hasSize(1);
        assertThat(itself.id()).isEqualTo("R1406");
        assertThat(itself.kind()).isEqualTo("Téléservice");
        assertThat(itself.cerfaNumber()).isEmpty();
        assertThat(itself.url()).isEqualTo("https://psl.service-public.fr/mademarche/EtatCivil/demarche?action=NAISSANCE");
        assertThat(itself.title().replace('\u00A0', ' '))
                .isEqualTo("Demande d'acte de naissance : copie intégrale ou extrait (naissance en France) - Service gratuit");
        assertThat(itself.provider()).isEqualTo("Direction de l'information légale et administrative (Dila) - Premier ministre");
        assertThat(teleservice.orientation().warnings()).singleElement()
                .satisfies(warning -> assertThat(((Block.Paragraph) warning.blocks().get(0)).text())
                        .isEqualTo("certaines communes ne proposent pas ce téléservice."));
        assertThat(teleservice.relatedPublications()).extracting(RelatedPublication::id).contains("F1427", "F1341");
    }
}
