package org.guichet.directory;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.guichet.domain.hours.DaySchedule;
import org.guichet.domain.hours.HolidayKind;
import org.guichet.domain.hours.WeekView;
import org.guichet.i18n.I18n;

/** Says a week of hours in words, Monday to Sunday: slots, "fermé", holidays by name, today marked. */
final class HoursTexts {

    private final I18n i18n;
    private final StatusTexts status;

    HoursTexts(I18n i18n, StatusTexts status) {
        this.i18n = i18n;
        this.status = status;
    }

    List<WeekLine> week(WeekView week) {
        return week.days().stream().map(this::line).toList();
    }

    private WeekLine line(DaySchedule day) {
        Locale locale = i18n.language().locale();
        String date = day.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
        String name = date.substring(0, 1).toUpperCase(locale) + date.substring(1);
        String label = day.isToday() ? i18n.get("directory.week.today", name) : name;
        String text;
        if (day.holiday().isPresent()) {
            text = i18n.get("directory.week.holiday", label, holidayName(day.holiday().get().kind()));
        } else if (day.slots().isEmpty()) {
            text = i18n.get("directory.week.closed", label);
        } else {
            String slots = day.slots().stream()
                    .map(slot -> i18n.get("directory.week.slot", slot.start().format(status.timeFormat()),
                            slot.end().format(status.timeFormat())))
                    .collect(Collectors.joining(", "));
            text = i18n.get("directory.week.open", label, slots);
        }
        List<String> notes = day.comments().stream().map(comment -> i18n.get("directory.week.uncertain", comment))
                .toList();
        return new WeekLine(text, day.isToday(), notes);
    }

    String holidayName(HolidayKind kind) {
        return i18n.get(switch (kind) {
            case NEW_YEARS_DAY -> "directory.holiday.newYearsDay";
            case GOOD_FRIDAY -> "directory.holiday.goodFriday";
            case EASTER_MONDAY -> "directory.holiday.easterMonday";
            case LABOUR_DAY -> "directory.holiday.labourDay";
            case VICTORY_IN_EUROPE_DAY -> "directory.holiday.victoryInEuropeDay";
            case ASCENSION_DAY -> "directory.holiday.ascensionDay";
            case WHIT_MONDAY -> "directory.holiday.whitMonday";
            case NATIONAL_DAY -> "directory.holiday.nationalDay";
            case ASSUMPTION_DAY -> "directory.holiday.assumptionDay";
            case ALL_SAINTS_DAY -> "directory.holiday.allSaintsDay";
            case ARMISTICE_DAY -> "directory.holiday.armisticeDay";
            case CHRISTMAS_DAY -> "directory.holiday.christmasDay";
            case SAINT_STEPHENS_DAY -> "directory.holiday.saintStephensDay";
            case ABOLITION_OF_SLAVERY_DAY -> "directory.holiday.abolitionOfSlaveryDay";
        });
    }
}
