package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CalloutKind;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.Reference;
import org.junit.jupiter.api.Test;

/** F34677 "Qu'est-ce que le droit à l'erreur face à l'administration ?" and the Attention callouts of the fiches. */
class DroitALErreurTest {

    @Test
    void theBundledDroitALErreurFicheStatesTheThreeConditions() {
        Procedure fiche = new BundledContent().droitALErreur();

        assertThat(fiche.id()).isEqualTo("F34677");
        assertThat(fiche.title()).isEqualTo("Qu'est-ce que le droit à l'erreur face à l'administration\u00A0?");
        assertThat(fiche.content()).filteredOn(Block.BulletList.class::isInstance).first()
                .satisfies(conditions -> assertThat(((Block.BulletList) conditions).items()).hasSize(3));
        assertThat(fiche.content()).filteredOn(Block.Callout.class::isInstance)
                .singleElement()
                .satisfies(callout -> assertThat(((Block.Callout) callout).kind()).isEqualTo(CalloutKind.ASAVOIR));
        assertThat(fiche.references()).extracting(Reference::url).contains("https://www.oups.gouv.fr/");
        assertThat(fiche.legalReferences()).singleElement()
                .satisfies(reference -> assertThat(reference.title())
                        .isEqualTo("Code des relations entre le public et l'administration\u00A0: articles L123-1 à L123-2"));
    }

    @Test
    void eachFichesAttentionCalloutsAreItsWarnings() {
        Procedure carteGrise = Fiches.fiche("F12118");

        assertThat(carteGrise.orientation().warnings()).hasSize(2)
                .allSatisfy(warning -> assertThat(warning.kind()).isEqualTo(CalloutKind.ATTENTION))
                .allSatisfy(warning -> assertThat(((Block.Paragraph) warning.blocks().get(0)).text())
                        .startsWith("le règlement de la carte grise doit obligatoirement"));
    }
}
