package org.guichet.sandbox;

import static org.guichet.appointments.BookingMode.ON_SITE;
import static org.guichet.appointments.BookingMode.PHONE;
import static org.guichet.appointments.BookingMode.VIDEO;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.appointments.Reason;

/** The reasons an office takes appointments for, by its annuaire pivot types. */
final class ReasonCatalog {
    private static final CatalogReason PASSPORT_ID_CARD = new CatalogReason(new Reason("passeport-cni",
            "Passeport ou carte d'identité", List.of(ON_SITE), 20,
            "Numéro de pré-demande ANTS, photo d'identité de moins de 6 mois, justificatif de domicile, ancien titre.",
            "F1341"), 2);
    private static final CatalogReason CIVIL_STATUS = new CatalogReason(new Reason("etat-civil",
            "État civil (actes, mariage, reconnaissance)", List.of(ON_SITE, PHONE), 30,
            "Pièce d'identité et livret de famille si vous en avez un.", null), 1);
    private static final CatalogReason RESIDENCE_PERMIT = new CatalogReason(new Reason("titre-sejour",
            "Titre de séjour", List.of(ON_SITE), 30,
            "Passeport, titre de séjour en cours, justificatif de domicile, photos d'identité.", null), 1);
    private static final CatalogReason DRIVING_LICENCE = new CatalogReason(new Reason("permis-conduire",
            "Permis de conduire", List.of(ON_SITE, PHONE), 30, null, null), 1);
    private static final CatalogReason BENEFITS_ADVISER = new CatalogReason(new Reason("conseiller-caf",
            "Rendez-vous avec un conseiller", List.of(ON_SITE, PHONE, VIDEO), 30,
            "Numéro d'allocataire et derniers justificatifs de ressources.", null), 1);
    private static final CatalogReason DIGITAL_HELP = new CatalogReason(new Reason("accompagnement-numerique",
            "Accompagnement aux démarches en ligne", List.of(ON_SITE, PHONE), 30,
            "Identifiants de vos comptes en ligne et les courriers reçus.", null), 1);
    private static final CatalogReason GENERAL = new CatalogReason(new Reason("rendez-vous-general",
            "Rendez-vous", List.of(ON_SITE, PHONE), 30, null, null), 1);

    private static final Map<String, List<CatalogReason>> BY_PIVOT_TYPE = Map.of(
            "mairie", List.of(PASSPORT_ID_CARD, CIVIL_STATUS),
            "prefecture", List.of(RESIDENCE_PERMIT, DRIVING_LICENCE),
            "sous_pref", List.of(RESIDENCE_PERMIT, DRIVING_LICENCE),
            "caf", List.of(BENEFITS_ADVISER),
            "france_services", List.of(DIGITAL_HELP),
            "msap", List.of(DIGITAL_HELP));

    private ReasonCatalog() {
    }

    /** The reasons of every known pivot type, in order and without repeats; a general one otherwise. */
    static List<CatalogReason> forOffice(BookableOffice office) {
        List<CatalogReason> reasons = new ArrayList<>();
        for (String pivotType : office.pivotTypes()) {
            for (CatalogReason reason : BY_PIVOT_TYPE.getOrDefault(pivotType, List.of())) {
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        return reasons.isEmpty() ? List.of(GENERAL) : List.copyOf(reasons);
    }

    static Optional<CatalogReason> find(BookableOffice office, String reasonId) {
        return forOffice(office).stream().filter(reason -> reason.id().equals(reasonId)).findFirst();
    }
}
