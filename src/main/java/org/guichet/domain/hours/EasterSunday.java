package org.guichet.domain.hours;

import java.time.LocalDate;

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian computus, as given by Meeus). */
public final class EasterSunday {
    private static final int FIRST_GREGORIAN_YEAR = 1583;

    private EasterSunday() {
    }

    public static LocalDate inYear(int year) {
        if (year < FIRST_GREGORIAN_YEAR) {
            throw new IllegalArgumentException("Not a Gregorian year: " + year);
        }
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapYears = century / 4;
        int centuryRemainder = century % 4;
        int moonCorrection = (century + 8) / 25;
        int lunarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - skippedLeapYears - lunarCorrection + 15) % 30;
        int leapYearsInCentury = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapYearsInCentury - epact - yearRemainder) % 7;
        int lateFullMoonCorrection = (goldenNumber + 11 * epact + 22 * weekdayOffset) / 451;
        int daysFromMarch = epact + weekdayOffset - 7 * lateFullMoonCorrection + 114;
        return LocalDate.of(year, daysFromMarch / 31, daysFromMarch % 31 + 1);
    }
}
