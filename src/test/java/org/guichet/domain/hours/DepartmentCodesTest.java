package org.guichet.domain.hours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentCodesTest {

    @ParameterizedTest(name = "INSEE {0} → {1}")
    @CsvSource({
            "75056, 75",
            "01053, 01",
            "60669, 60",
            "2A004, 2A",
            "2b033, 2B",
            "97411, 974",
            "97105, 971",
            "97611, 976",
            "97502, 975",
            "97701, 977",
            "97801, 978",
            "98735, 987",
            "98818, 988",
            "' 45234 ', 45"
    })
    void departmentOfAnInseeCommuneCode(String inseeCode, String expected) {
        assertThat(DepartmentCodes.fromInseeCommuneCode(inseeCode)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7505", "750561", "2C004", "ABCDE", "00123", "20004", "96001", "99138", "98401"})
    void malformedOrForeignInseeCodesGiveNothing(String inseeCode) {
        assertThat(DepartmentCodes.fromInseeCommuneCode(inseeCode)).isEmpty();
    }

    @ParameterizedTest(name = "postcode {0} → {1}")
    @CsvSource({
            "75011, 75",
            "01000, 01",
            "60140, 60",
            "20000, 2A",
            "20090, 2A",
            "20169, 2A",
            "20200, 2B",
            "20250, 2B",
            "20600, 2B",
            "97400, 974",
            "97110, 971",
            "97133, 977",
            "97150, 978",
            "97500, 975",
            "97600, 976",
            "98600, 986",
            "98714, 987",
            "98800, 988"
    })
    void departmentOfAPostcode(String postcode, String expected) {
        assertThat(DepartmentCodes.fromPostcode(postcode)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7501", "750111", "2A004", "00100", "96100", "98000", "99000"})
    void malformedOrForeignPostcodesGiveNothing(String postcode) {
        assertThat(DepartmentCodes.fromPostcode(postcode)).isEmpty();
    }
}
