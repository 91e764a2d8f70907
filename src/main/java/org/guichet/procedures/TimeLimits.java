package org.guichet.procedures;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises text that states a delay or a deadline, and the duration it names. */
final class TimeLimits {
    private static final Pattern DELAY_WORD =
            Pattern.compile("\\bd[ée]lais?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "3 à 4 semaines", "6 mois à 1 an", "entre 2 et 5 ans": a range is not one duration. */
    private static final Pattern RANGE =
            Pattern.compile("\\d+[ \\u00A0]*(?:jours?|semaines?|mois|ans?)?[ \\u00A0]*(?:à|-|et)[ \\u00A0]*\\d+[ \\u00A0]*(?:jours?|semaines?|mois|ans?)\\b",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION =
            Pattern.compile("(?<![\\d,])(\\d+)[ \\u00A0\\u202F]*(jours?|semaines?|mois|ans?)\\b", Pattern.CASE_INSENSITIVE);

    private TimeLimits() {
    }

    static boolean mentionsDelay(String text) {
        return DELAY_WORD.matcher(text).find();
    }

    static boolean namesDuration(String text) {
        return DURATION.matcher(text).find();
    }

    /** The duration the text names, when it names exactly one and no range (repeated mentions count once). */
    static Optional<Period> period(String text) {
        if (RANGE.matcher(text).find()) {
            return Optional.empty();
        }
        List<Period> periods = new ArrayList<>();
        Matcher matcher = DURATION.matcher(text);
        while (matcher.find()) {
            Period period = toPeriod(Integer.parseInt(matcher.group(1)), matcher.group(2).toLowerCase());
            if (!periods.contains(period)) {
                periods.add(period);
            }
        }
        return periods.size() == 1 ? Optional.of(periods.get(0)) : Optional.empty();
    }

    private static Period toPeriod(int amount, String unit) {
        if (unit.startsWith("jour")) {
            return Period.ofDays(amount);
        }
        if (unit.startsWith("semaine")) {
            return Period.ofWeeks(amount);
        }
        return unit.equals("mois") ? Period.ofMonths(amount) : Period.ofYears(amount);
    }
}
