package org.guichet.directory;

import java.util.List;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;

/** Small hand-made offices for store tests, where the real samples have no neighbours to rank. */
final class TestOffices {

    private TestOffices() {
    }

    static Office office(String id, String name, String type, String postcode, String commune) {
        return new Office(id, name, "", List.of(type), "", List.of(new Address(Address.Kind.PHYSICAL,
                        List.of("1 place de l'Étape"), postcode, commune, "", 47.9, 1.9, Accessibility.ACCESSIBLE, "")),
                List.of(new Phone("02 38 00 00 00", "Standard")), List.of(), List.of(), List.of(), List.of(),
                "", "", List.of(), List.of(), "", List.of(), "", "", "", null);
    }

    static final Office PREFECTURE_LOIRET =
            office("p45", "Préfecture du Loiret", "prefecture", "45000", "Orléans");
    static final Office MAIRIE_ORLEANS = office("m45234", "Mairie - Orléans", "mairie", "45000", "Orléans");
    static final Office CAF_LOIRET = office("c45", "Caisse d'allocations familiales (CAF) du Loiret", "caf", "45000",
            "Orléans");
    static final Office SOUS_PREFECTURE_MONTARGIS =
            office("sp45", "Sous-préfecture de Montargis", "sous_pref", "45200", "Montargis");
    static final Office FRANCE_SERVICES_PITHIVIERS =
            office("fs45", "France services - Pithiviers", "france_services", "45300", "Pithiviers");

    static List<Office> loiret() {
        return List.of(PREFECTURE_LOIRET, MAIRIE_ORLEANS, CAF_LOIRET, SOUS_PREFECTURE_MONTARGIS,
                FRANCE_SERVICES_PITHIVIERS);
    }
}
