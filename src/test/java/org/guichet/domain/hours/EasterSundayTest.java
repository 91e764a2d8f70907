package org.guichet.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterSundayTest {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
            "1818, 1818-03-22",
            "1943, 1943-04-25",
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2285, 2285-03-22"
    })
    void knownEasterDates(int year, LocalDate easter) {
        assertThat(EasterSunday.inYear(year)).isEqualTo(easter);
    }

    @Test
    void isAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = EasterSunday.inYear(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(java.time.DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void rejectsYearsBeforeTheGregorianCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> EasterSunday.inYear(1582));
    }
}
