package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RelatedPublication;
import org.junit.jupiter.api.Test;

/** N360 "Passeport": a dossier page groups fiches and online services. */
class DossierTest {
    private final Procedure dossier = Fiches.fiche("N360");

    @Test
    void aDossierListsItsFichesAndServices() {
        assertThat(dossier.summary().subtype()).isEqualTo("Dossier");
        assertThat(dossier.relatedPublications()).extracting(RelatedPublication::id, RelatedPublication::title)
                .contains(tuple("F14929", "Première demande"), tuple("F21091", "Renouvellement"), tuple("F14930", "Première demande"));
        assertThat(dossier.orientation().onlineServices()).extracting(OnlineService::id)
                .containsExactly("R42946", "R39812", "R1827", "R1406", "R1405");
        assertThat(dossier.introduction()).hasSize(1);
        assertThat(dossier.orientation().requiredDocuments()).isEmpty();
    }
}
