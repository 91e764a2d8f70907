package org.guichet.domain.hours;

import java.lang.System.Logger.Level;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An office's regular week, built from its {@code plage_ouverture} entries: entries may come in any
 * order, wrap past Sunday and overlap; the slots of each day are sorted and merged.
 */
public final class WeeklySchedule {
    private static final System.Logger LOG = System.getLogger(WeeklySchedule.class.getName());

    private final Map<DayOfWeek, DayHours> days;

    private WeeklySchedule(Map<DayOfWeek, DayHours> days) {
        this.days = days;
    }

    /** Slots whose end is not after their start are dropped and logged. */
    public static WeeklySchedule of(List<OpeningRange> ranges) {
        Map<DayOfWeek, List<TimeSlot>> slots = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Set<String>> comments = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            slots.put(day, new ArrayList<>());
            comments.put(day, new LinkedHashSet<>());
        }
        for (OpeningRange range : ranges) {
            List<TimeSlot> validSlots = validSlots(range);
            for (DayOfWeek day : daysOf(range)) {
                slots.get(day).addAll(validSlots);
                if (!range.comment().isEmpty()) {
                    comments.get(day).add(range.comment());
                }
            }
        }
        Map<DayOfWeek, DayHours> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new DayHours(merged(slots.get(day)), List.copyOf(comments.get(day))));
        }
        return new WeeklySchedule(days);
    }

    public DayHours on(DayOfWeek day) {
        return days.get(day);
    }

    /** False when no day has any slot: the office's hours are unknown. */
    public boolean hasHours() {
        return days.values().stream().anyMatch(day -> !day.slots().isEmpty());
    }

    private static List<TimeSlot> validSlots(OpeningRange range) {
        List<TimeSlot> valid = new ArrayList<>();
        for (TimeSlot slot : range.slots()) {
            if (slot.hasPositiveLength()) {
                valid.add(slot);
            } else {
                LOG.log(Level.WARNING, "Dropping opening slot {0}-{1} of {2}-{3}: it does not end after it starts",
                        slot.start(), slot.end(), range.firstDay(), range.lastDay());
            }
        }
        return valid;
    }

    private static List<DayOfWeek> daysOf(OpeningRange range) {
        List<DayOfWeek> covered = new ArrayList<>();
        DayOfWeek day = range.firstDay();
        covered.add(day);
        while (day != range.lastDay()) {
            day = day.plus(1);
            covered.add(day);
        }
        return covered;
    }

    private static List<TimeSlot> merged(List<TimeSlot> slots) {
        List<TimeSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(TimeSlot::start).thenComparing(TimeSlot::end));
        List<TimeSlot> merged = new ArrayList<>();
        for (TimeSlot slot : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).overlapsOrTouches(slot)) {
                merged.set(last, merged.get(last).span(slot));
            } else {
                merged.add(slot);
            }
        }
        return merged;
    }
}
