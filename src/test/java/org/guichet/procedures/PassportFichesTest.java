package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.ChoiceStyle;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RelatedPublication;
import org.guichet.domain.procedure.TimeLimit;
import org.junit.jupiter.api.Test;

/** F14929 "Passeport d'un majeur : première demande" and F21091 "Renouvellement du passeport d'un majeur". */
class PassportFichesTest {
    private final Procedure firstRequest = Fiches.fiche("F14929");
    private final Procedure renewal = Fiches.fiche("F21091");

    @Test
    void summaryIsTheOfficialOne() {
        assertThat(firstRequest.title()).isEqualTo("Passeport d'un majeur : première demande");
        assertThat(firstRequest.summary().subtype()).isEqualTo("Fiche d'information conditionnée");
        assertThat(firstRequest.summary().theme()).isEqualTo("Papiers - Citoyenneté");
        assertThat(firstRequest.summary().audience()).isEqualTo("Particuliers");
        assertThat(firstRequest.summary().lastModified()).hasToString("2020-08-26");
        assertThat(firstRequest.summary().breadcrumb()).extracting(crumb -> crumb.id())
                .containsExactly("Particuliers", "N19810", "N360", "F14929");
        assertThat(firstRequest.orientation().situations()).containsExactly("En France", "À l'étranger");
    }

    @Test
    void documentsDependOnTheIdentityCardHeld() {
        assertThat(Fiches.documents(firstRequest, "En France", "Cas général", "Vous avez une carte d'identité valide"))
                .containsExactly(
                        "Votre carte d'identité",
                        "Photo d'identité de moins de 6 mois et conforme aux normes",
                        "Timbre fiscal : 86 € (achat en ligne)",
                        "Justificatif du domicile",
                        "Numéro de pré-demande si vous avez fait cette démarche en ligne (sinon, il faut remplir et "
                                + "signer le formulaire cartonné disponible au guichet)");
        assertThat(Fiches.documents(firstRequest, "En France", "Cas général", "Vous n'avez pas de carte d'identité"))
                .hasSize(6)
                .doesNotContain("Votre carte d'identité")
                .anyMatch(document -> document.startsWith("Justificatif de nationalité française"));
        assertThat(Fiches.documents(firstRequest, "En France", "En Guyane", "Vous avez une carte d'identité valide"))
                .contains("Timbre fiscal de 43 € (achat en ligne)");
    }

    @Test
    void documentsAbroadComeFromAChapterTitledPiecesAFournirButNotTypedSo() {
        assertThat(Fiches.documents(firstRequest, "À l'étranger", "Vous avez une carte d'identité valide"))
                .contains("Votre carte d'identité", "Justificatif du domicile")
                .anyMatch(document -> document.startsWith("Montant de 96 €"));
    }

    @Test
    void documentsInATableCellAreFiledUnderTheColumnHeader() {
        assertThat(Fiches.documents(renewal, "En France", "Cas général", "Le passeport est périmé",
                "Date d'expiration entre 2 et 5 ans", "Le passeport est sécurisé (électronique ou biométrique)"))
                .containsExactly("Ancien passeport", "Photo d'identité conforme aux normes",
                        "86 € en timbre fiscal : achat en ligne", "Justificatif du domicile");
        assertThat(Fiches.documents(renewal, "En France", "Cas général", "Votre passeport est valide"))
                .startsWith("Votre passeport");
    }

    @Test
    void costsAreTheOfficialLinesWithTheirAmounts() {
        assertThat(Fiches.costs(firstRequest, "En France", "Cas général"))
                .containsExactly(new CostLine(List.of("En France", "Cas général"), "Le passeport coûte 86\u00A0€",
                        List.of(new BigDecimal("86"))));
        assertThat(Fiches.costs(firstRequest, "En France", "En Guyane"))
                .flatExtracting(CostLine::euroAmounts)
                .containsExactly(new BigDecimal("43"), new BigDecimal("44.50"));
        assertThat(Fiches.costs(renewal, "À l'étranger", "Si la photo est prise au guichet"))
                .flatExtracting(CostLine::euroAmounts)
                .containsExactly(new BigDecimal("99"));
    }

    @Test
    void theApplicationIsMadeAtATownHallThatIssuesBiometricPassports() {
        Office townHall = firstRequest.orientation().offices().get(0);

        assertThat(townHall.id()).isEqualTo("R14970");
        assertThat(townHall.title()).isEqualTo("Mairie délivrant des passeports biométriques");
        assertThat(townHall.pivotLocal()).contains("mairie_passeport_bio");
        assertThat(townHall.type()).isEqualTo("Local personnalisable");
        assertThat(townHall.webUrls()).containsExactly("https://passeport.ants.gouv.fr/Services-associes/Ou-faire-ma-demande-de-passeport-CNI");
        assertThat(firstRequest.orientation().offices()).extracting(office -> office.pivotLocal().orElse(""))
                .containsExactly("mairie_passeport_bio", "", "ambassade_france_etranger");
    }

    @Test
    void thePreApplicationIsOnline() {
        OnlineService preApplication = firstRequest.orientation().onlineServices().get(0);

        assertThat(preApplication).isEqualTo(new OnlineService("R42946", "Pré-demande de passeport", "Téléservice",
                Optional.empty(), "https://passeport.ants.gouv.fr/Vos-demarches/Faire-une-pre-demande-passeport",
                "Agence nationale des titres sécurisés (ANTS)", "Accessible avec un compte ANTS ou via France Connect"));
        assertThat(renewal.orientation().onlineServices()).extracting(OnlineService::id)
                .containsExactly("R42946", "R39812", "R1827", "R49796");
    }

    @Test
    void delaysKeepTheOfficialSentenceAndTheSimpleDuration() {
        assertThat(firstRequest.orientation().delays())
                .contains(new TimeLimit(List.of("En France"),
                        "Il doit être retiré dans les 3 mois. Passé ce délai, le passeport est détruit.",
                        Optional.of(Period.ofMonths(3))))
                .anyMatch(delay -> delay.text().startsWith("Le passeport n'est pas fabriqué sur place")
                        && delay.period().isEmpty());
    }

    @Test
    void attentionCalloutsAndTheAppealGuideAreKept() {
        assertThat(firstRequest.orientation().warnings())
                .extracting(warning -> ((Block.Paragraph) warning.blocks().get(0)).text())
                .contains("le service peut exiger que le dépôt du dossier se fasse uniquement sur rendez-vous.");
        assertThat(firstRequest.orientation().appealGuides()).extracting(RelatedPublication::id).containsExactly("F12567");
    }

    @Test
    void theContentTreeOffersTheSituationsAsAChoice() {
        Block.Choice situations = (Block.Choice) firstRequest.content().get(0);

        assertThat(situations.style()).isEqualTo(ChoiceStyle.TABS);
        assertThat(situations.options()).extracting(Block.ChoiceOption::title).containsExactly("En France", "À l'étranger");
        List<Block> inFrance = situations.options().get(0).blocks();
        assertThat(inFrance.get(0)).isEqualTo(new Block.Heading(1, "Où et comment faire la demande\u00A0?"));
        assertThat(inFrance).anyMatch(block -> block instanceof Block.OfficeBlock office && office.office().id().equals("R14970"));
        assertThat(inFrance).anyMatch(block -> block instanceof Block.OnlineServiceBlock service
                && service.service().id().equals("R42946"));
        assertThat(Fiches.flatten(inFrance)).anyMatch(block -> block instanceof Block.Choice choice
                && choice.style() == ChoiceStyle.RADIO
                && choice.options().get(0).title().equals("Vous avez une carte d'identité valide"));
    }
}
