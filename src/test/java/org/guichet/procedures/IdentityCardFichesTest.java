package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.junit.jupiter.api.Test;

/** F1341 "Carte d'identité d'un majeur : première demande" and F21089 "Renouvellement de la carte d'identité d'un majeur". */
class IdentityCardFichesTest {
    private final Procedure firstRequest = Fiches.fiche("F1341");
    private final Procedure renewal = Fiches.fiche("F21089");

    @Test
    void documentsPerPassportHeld() {
        assertThat(Fiches.documents(firstRequest, "Demande en France", "Vous avez un passeport valide"))
                .containsExactly("Votre passeport", "Photo d'identité de moins de 6 mois et conforme aux normes",
                        "Justificatif de domicile",
                        "Numéro de pré-demande si vous avez fait cette démarche en ligne (sinon, il faut utiliser le "
                                + "formulaire cartonné disponible au guichet)");
        assertThat(Fiches.documents(firstRequest, "Demande en France", "Vous avez un passeport périmé",
                "Date d'expiration\u00A0: entre 2 et 5 ans", "Le passeport est d'un modèle plus ancien"))
                .hasSize(4)
                .anyMatch(document -> document.startsWith("Acte de naissance (copie intégrale ou extrait avec filiation)"));
        assertThat(firstRequest.orientation().requiredDocuments()).hasSize(12);
    }

    @Test
    void renewalDocumentsDependOnTheCardsAge() {
        assertThat(Fiches.documents(renewal, "Demande en France", "Carte périmée depuis moins de 5 ans"))
                .containsExactly("Votre carte d'identité", "Photo d'identité de moins de 6 mois et conforme aux normes",
                        "Justificatif de domicile",
                        "Numéro de pré-demande si vous avez fait cette démarche en ligne (sinon, il faut utiliser le "
                                + "formulaire cartonné disponible au guichet)");
    }

    @Test
    void theCardIsFree() {
        assertThat(firstRequest.orientation().costs()).extracting(CostLine::text).containsExactly("Gratuit", "Gratuit");
        assertThat(renewal.orientation().costs()).extracting(CostLine::text)
                .containsOnly("Le renouvellement de la carte d'identité est gratuit à condition de pouvoir présenter l'ancienne carte.");
        assertThat(firstRequest.orientation().costs()).allMatch(cost -> cost.euroAmounts().isEmpty());
    }

    @Test
    void whereToGoAndWhatIsOnline() {
        assertThat(firstRequest.orientation().offices()).extracting(Office::id, Office::title)
                .startsWith(tuple("R45972", "Mairie délivrant des cartes d'identité"));
        assertThat(firstRequest.orientation().onlineServices()).extracting(OnlineService::id)
                .containsExactly("R45668", "R1580", "R49786", "R1406", "R1405");
        assertThat(renewal.orientation().appealGuides()).extracting(guide -> guide.id()).containsExactly("F12567");
    }
}
