package org.guichet.domain.hours;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * French public holidays (jours fériés) of a département or overseas collectivité: the national
 * ones, the Alsace-Moselle extras and the local day commemorating the abolition of slavery.
 */
public final class PublicHolidays {
    private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");

    /** Décret n° 83-1003 as amended; Saint-Martin observes 28 May since the 2018 circular. */
    private static final Map<String, MonthDay> ABOLITION_OF_SLAVERY = Map.of(
            "971", MonthDay.of(5, 27),
            "972", MonthDay.of(5, 22),
            "973", MonthDay.of(6, 10),
            "974", MonthDay.of(12, 20),
            "976", MonthDay.of(4, 27),
            "977", MonthDay.of(10, 9),
            "978", MonthDay.of(5, 28));

    private PublicHolidays() {
    }

    /** The holidays of {@code year} in the département, ordered by date. */
    public static List<Holiday> inYear(int year, String departmentCode) {
        Objects.requireNonNull(departmentCode, "departmentCode");
        LocalDate easter = EasterSunday.inYear(year);
        List<Holiday> holidays = new ArrayList<>(List.of(
                new Holiday(HolidayKind.NEW_YEARS_DAY, LocalDate.of(year, 1, 1)),
                new Holiday(HolidayKind.EASTER_MONDAY, easter.plusDays(1)),
                new Holiday(HolidayKind.LABOUR_DAY, LocalDate.of(year, 5, 1)),
                new Holiday(HolidayKind.VICTORY_IN_EUROPE_DAY, LocalDate.of(year, 5, 8)),
                new Holiday(HolidayKind.ASCENSION_DAY, easter.plusDays(39)),
                new Holiday(HolidayKind.WHIT_MONDAY, easter.plusDays(50)),
                new Holiday(HolidayKind.NATIONAL_DAY, LocalDate.of(year, 7, 14)),
                new Holiday(HolidayKind.ASSUMPTION_DAY, LocalDate.of(year, 8, 15)),
                new Holiday(HolidayKind.ALL_SAINTS_DAY, LocalDate.of(year, 11, 1)),
                new Holiday(HolidayKind.ARMISTICE_DAY, LocalDate.of(year, 11, 11)),
                new Holiday(HolidayKind.CHRISTMAS_DAY, LocalDate.of(year, 12, 25))));
        if (ALSACE_MOSELLE.contains(departmentCode)) {
            holidays.add(new Holiday(HolidayKind.GOOD_FRIDAY, easter.minusDays(2)));
            holidays.add(new Holiday(HolidayKind.SAINT_STEPHENS_DAY, LocalDate.of(year, 12, 26)));
        }
        MonthDay abolition = ABOLITION_OF_SLAVERY.get(departmentCode);
        if (abolition != null) {
            holidays.add(new Holiday(HolidayKind.ABOLITION_OF_SLAVERY_DAY, abolition.atYear(year)));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /** The holiday falling on {@code date} in the département, if any. */
    public static Optional<Holiday> on(LocalDate date, String departmentCode) {
        return inYear(date.getYear(), departmentCode).stream()
                .filter(holiday -> holiday.date().equals(date))
                .findFirst();
    }
}
