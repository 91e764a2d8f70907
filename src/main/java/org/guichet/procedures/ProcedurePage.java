package org.guichet.procedures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.guichet.domain.procedure.Procedure;

/**
 * Everything a procedure page shows: the catalogue entry (absent for an unknown ID), the parsed
 * fiche when the app ships it, the appeal steps it leads to, and the "droit à l'erreur" fiche.
 */
public record ProcedurePage(
        String id,
        Optional<CatalogueEntry> entry,
        Optional<Procedure> procedure,
        List<AppealStep> appealSteps,
        Optional<Procedure> droitALErreur) {
    private static final String OFFICIAL_PAGE = "https://www.service-public.fr/particuliers/vosdroits/";

    public ProcedurePage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(procedure, "procedure");
        appealSteps = List.copyOf(appealSteps);
        Objects.requireNonNull(droitALErreur, "droitALErreur");
    }

    public String title() {
        return procedure.map(Procedure::title).or(() -> entry.map(CatalogueEntry::title)).orElse(id);
    }

    /** The official page on service-public.fr, the reference for this content. */
    public String officialUrl() {
        return procedure.map(fiche -> fiche.summary().spUrl()).filter(url -> !url.isBlank()).orElse(officialUrl(id));
    }

    /** Where service-public.fr publishes the fiche {@code id}. */
    public static String officialUrl(String id) {
        return OFFICIAL_PAGE + id;
    }
}
