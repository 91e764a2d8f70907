package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void dropsAccentsCaseAndPunctuation() {
        assertThat(TextKey.of("Carte d'identité d'un majeur : première demande")).isEqualTo("carte d identite d un majeur premiere demande");
        assertThat(TextKey.of("Qu'est-ce que le droit à l'erreur\u00A0?")).isEqualTo("qu est ce que le droit a l erreur");
        assertThat(TextKey.of("  ÉTRANGER  ")).isEqualTo("etranger");
        assertThat(TextKey.of("Œuvre d'art")).isEqualTo("oeuvre d art");
    }
}
