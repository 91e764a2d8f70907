package org.guichet.domain.hours;

/** Stable identifiers of the French public holidays, used as translation keys by the UI. */
public enum HolidayKind {
    NEW_YEARS_DAY,
    GOOD_FRIDAY,
    EASTER_MONDAY,
    LABOUR_DAY,
    VICTORY_IN_EUROPE_DAY,
    ASCENSION_DAY,
    WHIT_MONDAY,
    NATIONAL_DAY,
    ASSUMPTION_DAY,
    ALL_SAINTS_DAY,
    ARMISTICE_DAY,
    CHRISTMAS_DAY,
    SAINT_STEPHENS_DAY,
    ABOLITION_OF_SLAVERY_DAY
}
