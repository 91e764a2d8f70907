package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EuroAmountsTest {

    @Test
    void readsFrenchAmountsWithNoBreakSpaces() {
        assertThat(EuroAmounts.in("Le passeport coûte 86\u00A0€")).containsExactly(new BigDecimal("86"));
        assertThat(EuroAmounts.in("2 : 1\u00A0186,04\u00A0€")).containsExactly(new BigDecimal("1186.04"));
        assertThat(EuroAmounts.in("Montant de 96\u00A0€ (ou 99\u00A0€ si la photo est prise au guichet)"))
                .containsExactly(new BigDecimal("96"), new BigDecimal("99"));
        assertThat(EuroAmounts.in("8,5 €")).containsExactly(new BigDecimal("8.5"));
    }

    @Test
    void ignoresFiguresThatAreNotEuros() {
        assertThat(EuroAmounts.in("reverser 90 % de ses revenus, pendant 2 mois")).isEmpty();
        assertThat(EuroAmounts.in("Gratuit.")).isEmpty();
    }
}
