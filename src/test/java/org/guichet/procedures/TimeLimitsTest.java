package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void aSingleDurationIsAPeriod() {
        assertThat(TimeLimits.period("dans les 2 mois à partir de la notification")).contains(Period.ofMonths(2));
        assertThat(TimeLimits.period("dans les 15 jours francs")).contains(Period.ofDays(15));
        assertThat(TimeLimits.period("pendant 5 ans. Après ce délai, détruisez-la")).contains(Period.ofYears(5));
        assertThat(TimeLimits.period("2 mois pour saisir le tribunal ; un nouveau délai de 2 mois")).contains(Period.ofMonths(2));
    }

    @Test
    void rangesAndSeveralDurationsAreNotSimple() {
        assertThat(TimeLimits.period("de 3 à 4 semaines")).isEmpty();
        assertThat(TimeLimits.period("après un délai de 6 mois à 1 an")).isEmpty();
        assertThat(TimeLimits.period("la majoration dure 12 mois et doit être versée durant les 18 mois")).isEmpty();
        assertThat(TimeLimits.period("dans les meilleurs délais")).isEmpty();
    }

    @Test
    void recognisesTheWordDelaiWithOrWithoutAccent() {
        assertThat(TimeLimits.mentionsDelay("Les délais de fabrication dépendent du lieu")).isTrue();
        assertThat(TimeLimits.mentionsDelay("Délai d'obtention")).isTrue();
        assertThat(TimeLimits.mentionsDelay("Le passeport est valide 10 ans.")).isFalse();
    }
}
