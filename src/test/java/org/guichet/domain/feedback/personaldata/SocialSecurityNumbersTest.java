package org.guichet.domain.feedback.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocialSecurityNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1850578006084, 91",
            "290022A004123, 4",
            "290022B004123, 31",
            "2751133001042, 94",
            "2880397411023, 64"
    })
    void keyIs97MinusTheNumberMod97WithCorsicaReadAs19Or18(String body, int key) {
        assertThat(SocialSecurityNumbers.keyOf(body)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 91", "185057800608491", "1.85.05.78.006.084.91", "2 90 02 2a 004 123 04",
            "1 92 08 45 234 007"})
    void acceptsWellFormedNumbers(String written) {
        assertThat(SocialSecurityNumbers.isNir(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 85 05 78 006 084 90", "1 85 00 78 006 084", "1 85 15 78 006 084", "1 85 05 00 006 084",
            "1 85 05 78 006 000"})
    void rejectsWrongKeysAndImpossibleFields(String written) {
        assertThat(SocialSecurityNumbers.isNir(written)).isFalse();
    }
}
