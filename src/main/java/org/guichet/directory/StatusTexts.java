package org.guichet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.guichet.domain.hours.OpeningStatus;
import org.guichet.i18n.I18n;

/**
 * Says in words whether an office is open: "Ouvert, ferme à 17:00", "Fermé, ouvre lundi à 09:00",
 * "Fermé (jour férié)", "Horaires non communiqués". Times are the office's own, in the short time
 * style of the active language; uncertain hours are said to need checking.
 */
final class StatusTexts {

    private static final int DAYS_NAMED_BY_WEEKDAY = 6;

    private final I18n i18n;

    StatusTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String of(OpeningStatus status, Instant now) {
        String sentence = sentence(status, now);
        return isUncertain(status) ? i18n.get("directory.status.uncertain", sentence) : sentence;
    }

    private String sentence(OpeningStatus status, Instant now) {
        if (status instanceof OpeningStatus.Open open) {
            return open.closingSoon()
                    ? i18n.get("directory.status.closingSoon", time(open.closesAt()))
                    : i18n.get("directory.status.open", time(open.closesAt()));
        }
        if (status instanceof OpeningStatus.Closed closed) {
            return closed.nextOpening()
                    .map(next -> opens("directory.status.closedOpens", next, now))
                    .orElseGet(() -> i18n.get("directory.status.closed"));
        }
        if (status instanceof OpeningStatus.ClosedForHoliday holiday) {
            return holiday.nextOpening()
                    .map(next -> opens("directory.status.holidayOpens", next, now))
                    .orElseGet(() -> i18n.get("directory.status.holiday"));
        }
        return i18n.get("directory.status.unknown");
    }

    private static boolean isUncertain(OpeningStatus status) {
        if (status instanceof OpeningStatus.Open open) {
            return open.uncertain();
        }
        if (status instanceof OpeningStatus.Closed closed) {
            return closed.uncertain();
        }
        return status instanceof OpeningStatus.ClosedForHoliday holiday && holiday.uncertain();
    }

    private String opens(String key, ZonedDateTime next, Instant now) {
        return i18n.get(key, day(next, now), time(next));
    }

    /** "aujourd'hui", "demain", a weekday within the coming week, else a date. */
    String day(ZonedDateTime moment, Instant now) {
        LocalDate today = now.atZone(moment.getZone()).toLocalDate();
        LocalDate date = moment.toLocalDate();
        if (date.equals(today)) {
            return i18n.get("directory.day.today");
        }
        if (date.equals(today.plusDays(1))) {
            return i18n.get("directory.day.tomorrow");
        }
        Locale locale = locale();
        if (!date.isAfter(today.plusDays(DAYS_NAMED_BY_WEEKDAY))) {
            return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        }
        return i18n.get("directory.day.date", date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)));
    }

    String time(ZonedDateTime moment) {
        return moment.toLocalTime().format(timeFormat());
    }

    DateTimeFormatter timeFormat() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale());
    }

    private Locale locale() {
        return i18n.language().locale();
    }
}
