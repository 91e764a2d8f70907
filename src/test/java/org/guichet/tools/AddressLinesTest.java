package org.guichet.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line sets from the cquest, v3 and v2 sources. */
class AddressLinesTest {

    @Test
    void aSingleLineIsTheStreet() {
        assertThat(AddressLines.spread(List.of("5, rue Cadoret")))
                .isEqualTo(new AddressLines("", "", "5, rue Cadoret", ""));
    }

    @Test
    void deliveryLinesGoToServiceDistributionAndTheNumberedLineIsTheStreet() {
        assertThat(AddressLines.spread(List.of("BP 12200", "7, place de la République", "Mairie de Fleury-les-Aubrais")))
                .isEqualTo(new AddressLines("Mairie de Fleury-les-Aubrais", "", "7, place de la République", "BP 12200"));
        assertThat(AddressLines.spread(List.of("22 rue Alsace-Lorraine", "CS 45805")))
                .isEqualTo(new AddressLines("", "", "22 rue Alsace-Lorraine", "CS 45805"));
    }

    @Test
    void withoutANumberedLineTheLastLineIsTheStreet() {
        assertThat(AddressLines.spread(List.of("Pôle social", "Rue du Jardin", "Chemin Bellecave")))
                .isEqualTo(new AddressLines("Pôle social", "Rue du Jardin", "Chemin Bellecave", ""));
    }

    @Test
    void aThirdComplementIsAppendedToTheSecond() {
        assertThat(AddressLines.spread(List.of("Union", "Centre local d'information et de coordination Entraide", "Bâtiment A", "8A rue du Dolmen")))
                .isEqualTo(new AddressLines("Union", "Centre local d'information et de coordination Entraide, Bâtiment A", "8A rue du Dolmen", ""));
    }
}
