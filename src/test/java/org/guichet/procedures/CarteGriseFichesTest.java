package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Period;
import java.util.Optional;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.junit.jupiter.api.Test;

/** F1050 "Carte grise : immatriculer un véhicule d'occasion" and F12118 "Changer l'adresse sur sa carte grise". */
class CarteGriseFichesTest {
    private final Procedure usedVehicle = Fiches.fiche("F1050");
    private final Procedure newAddress = Fiches.fiche("F12118");

    @Test
    void documentsAnnouncedByAParagraphAreFound() {
        assertThat(Fiches.documents(usedVehicle, "Véhicule immatriculé en France", "En ligne"))
                .hasSize(5)
                .startsWith("Formulaire cerfa n°13750");
        assertThat(Fiches.documents(usedVehicle, "Véhicule immatriculé en France", "Auprès d'un professionnel habilité"))
                .contains("Formulaire cerfa 13757 de mandat à un professionnel",
                        "Attestation d'assurance du véhicule à immatriculer");
    }

    @Test
    void listsThatAreNotDocumentsAreLeftOut() {
        assertThat(Fiches.documents(usedVehicle, "Véhicule immatriculé à l'étranger", "Dans un autre pays"))
                .contains("Certificat de dédouanement 846 A, sauf si la demande d'immatriculation est revêtue d'une "
                        + "mention de dispense attribuée par les services des douanes")
                .noneMatch(document -> document.startsWith("un numéro de dossier"))
                .noneMatch(document -> document.startsWith("vos coordonnées bancaires"));
    }

    @Test
    void formsCarryTheirCerfaNumber() {
        assertThat(usedVehicle.orientation().onlineServices())
                .filteredOn(service -> service.kind().equals("Formulaire"))
                .extracting(OnlineService::id, OnlineService::cerfaNumber)
                .containsExactly(
                        tuple("R1137", Optional.of("13757*03")),
                        tuple("R13567", Optional.of("13750*07")),
                        tuple("R1417", Optional.of("13753*04")));
        assertThat(usedVehicle.orientation().onlineServices()).extracting(OnlineService::kind).contains("Simulateur");
    }

    @Test
    void placesIncludeFranceServicesAndTheAuthorisedProfessional() {
        assertThat(usedVehicle.orientation().offices()).extracting(office -> office.pivotLocal().orElse(""))
                .contains("msap", "professionnel_immatriculation_vehicule", "dreal_ut");
    }

    @Test
    void theOneMonthDeadlineToDeclareANewAddressIsKept() {
        assertThat(newAddress.orientation().delays())
                .anyMatch(delay -> delay.text().startsWith("Vous devez déclarer votre changement d'adresse dans un délai d'1 mois")
                        && delay.period().equals(Optional.of(Period.ofMonths(1))));
        assertThat(newAddress.orientation().situations()).containsExactly("Forme AB 123 CD", "Forme 123 AB 01");
    }
}
