package org.guichet.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guichet.domain.office.Office;

/**
 * The kinds of office a citizen looks for, each a set of annuaire pivot codes
 * ({@code pivot.type_service_local}), with the words that name it on screen.
 */
public enum OfficeCategory {
    TOWN_HALL("directory.category.townHall", "mairie", "mairie_com", "mairie_mobile", "paris_mairie",
            "paris_mairie_arrondissement"),
    FRANCE_SERVICES("directory.category.franceServices", "france_services", "msap"),
    PREFECTURE("directory.category.prefecture", "prefecture", "prefecture_region", "sous_pref", "paris_ppp",
            "pp_marseille", "prefecture_greffe_associations"),
    CAF("directory.category.caf", "caf"),
    CPAM("directory.category.cpam", "cpam"),
    TAXES("directory.category.taxes", "sip", "sie", "tresorerie", "centre_impots_fonciers", "hypotheque",
            "conciliateur_fiscal"),
    FRANCE_TRAVAIL("directory.category.franceTravail", "france_travail", "pole_emploi"),
    POLICE("directory.category.police", "gendarmerie", "commissariat_police"),
    JUSTICE("directory.category.justice", "tgi", "ti", "tribunal_commerce", "prudhommes", "cour_appel", "ta",
            "te", "point_justice", "mjd", "cdad", "permanence_juridique", "civi", "spip"),
    SOCIAL("directory.category.social", "ccas", "cdas", "sdsei", "pmi", "maison_handicapees", "clic", "msa",
            "carsat", "urssaf", "mission_locale", "cij");

    private final String labelKey;
    private final Set<String> pivotCodes;

    OfficeCategory(String labelKey, String... pivotCodes) {
        this.labelKey = labelKey;
        this.pivotCodes = Set.of(pivotCodes);
    }

    public String labelKey() {
        return labelKey;
    }

    public Set<String> pivotCodes() {
        return pivotCodes;
    }

    /** The first category the office belongs to, in the order above. */
    public static Optional<OfficeCategory> of(Office office) {
        List<String> types = office.types();
        for (OfficeCategory category : values()) {
            if (types.stream().anyMatch(category.pivotCodes::contains)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
