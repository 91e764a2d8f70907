package org.guichet.appointments;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The free slots of one day at the office, in time order. */
public record DaySlots(LocalDate day, List<Slot> slots) {

    public DaySlots {
        slots = List.copyOf(slots);
    }

    /** Groups slots (in time order) by their local day at the office. */
    public static List<DaySlots> group(List<Slot> slots, ZoneId zone) {
        Map<LocalDate, List<Slot>> byDay = new LinkedHashMap<>();
        for (Slot slot : slots) {
            byDay.computeIfAbsent(slot.start().atZoneSameInstant(zone).toLocalDate(), day -> new ArrayList<>()).add(slot);
        }
        return byDay.entrySet().stream().map(entry -> new DaySlots(entry.getKey(), entry.getValue())).toList();
    }
}
