package org.guichet.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ANCT day strings ({@code h_lundi} … {@code h_samedi}) without guessing.
 *
 * <ul>
 *   <li>{@code "-"} (closed) and {@code ""} give no entry.
 *   <li>One or two plain ranges ({@code "9:00 - 12:00 / 13:30 - 17:00"}; the two ranges may also be
 *       joined by "et" or a space) become slots, if every time is a real time and the slots are in
 *       order.
 *   <li>Plain ranges followed by "/", "//" or "et" and a qualifying text ({@code "9:00 - 12:00 / Sur
 *       RDV : 14:00 - 17:00"}) become slots, with the text as the entry's comment.
 *   <li>Anything else (truncated times such as {@code "14:00 - 18:"}, qualified or seasonal hours,
 *       "Horaires non communiqués"…) becomes an entry with no slot and the whole string as comment.
 * </ul>
 *
 * Spaces (including no-break spaces) are collapsed and en dashes read as hyphens first.
 */
final class FranceServicesHours {
    private static final String TIME = "(\\d{1,2}):(\\d{2})";
    private static final String RANGE = TIME + " ?- ?" + TIME;
    private static final String RANGES = RANGE + "(?:(?: ?/ ?| et | )" + RANGE + ")?";
    private static final Pattern PLAIN = Pattern.compile(RANGES);
    private static final Pattern QUALIFIED = Pattern.compile(RANGES + " ?(?:/{1,2}| et ) ?(.+)");
    private static final Pattern TEXT_TAIL = Pattern.compile("(?!\\d{1,2} ?[:/h]).*\\p{L}.*");

    private FranceServicesHours() {
    }

    /** The hours of one day, or empty when the office is closed or the string is empty. */
    static Optional<DayHours> parseDay(String raw) {
        String text = normalise(raw);
        if (text.isEmpty() || text.equals("-")) {
            return Optional.empty();
        }
        Matcher plain = PLAIN.matcher(text);
        if (plain.matches()) {
            return Optional.of(slots(plain, "").orElse(DayHours.commentOnly(text)));
        }
        Matcher qualified = QUALIFIED.matcher(text);
        if (qualified.matches() && TEXT_TAIL.matcher(qualified.group(9)).matches()) {
            return Optional.of(slots(qualified, qualified.group(9)).orElse(DayHours.commentOnly(text)));
        }
        return Optional.of(DayHours.commentOnly(text));
    }

    /**
     * The week's entries, days Monday to Saturday in order; consecutive days with the same hours
     * are merged into one range.
     */
    static List<OpeningEntry> week(List<String> mondayToSaturday) {
        List<OpeningEntry> entries = new ArrayList<>();
        int day = 0;
        while (day < mondayToSaturday.size()) {
            Optional<DayHours> hours = parseDay(mondayToSaturday.get(day));
            int last = day;
            while (last + 1 < mondayToSaturday.size()
                    && Objects.equals(parseDay(mondayToSaturday.get(last + 1)), hours)) {
                last++;
            }
            if (hours.isPresent()) {
                entries.add(new OpeningEntry(
                        OpeningEntry.DAY_NAMES.get(day), OpeningEntry.DAY_NAMES.get(last), hours.get()));
            }
            day = last + 1;
        }
        return entries;
    }

    static String normalise(String raw) {
        return Text.clean(raw).replace('\u00A0', ' ').replace('\u2013', '-').replace('\u2014', '-')
                .replaceAll("\\s+", " ");
    }

    /** Groups 1–4 are the first range, 5–8 the optional second; empty when a time is not valid. */
    private static Optional<DayHours> slots(Matcher matcher, String commentaire) {
        List<DayHours.Slot> slots = new ArrayList<>();
        for (int first = 1; first <= 5 && matcher.group(first) != null; first += 4) {
            Optional<String> start = time(matcher.group(first), matcher.group(first + 1));
            Optional<String> end = time(matcher.group(first + 2), matcher.group(first + 3));
            if (start.isEmpty() || end.isEmpty() || start.get().compareTo(end.get()) >= 0) {
                return Optional.empty();
            }
            if (!slots.isEmpty() && slots.get(0).end().compareTo(start.get()) > 0) {
                return Optional.empty();
            }
            slots.add(new DayHours.Slot(start.get(), end.get()));
        }
        return Optional.of(new DayHours(slots, commentaire));
    }

    private static Optional<String> time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 23 || m > 59) {
            return Optional.empty();
        }
        return Optional.of("%02d:%02d:00".formatted(h, m));
    }
}
