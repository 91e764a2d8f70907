package org.guichet.directory;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.guichet.domain.hours.TimeSlot;

/** The {@code slots} column of {@code directory_opening_range}: "09:00-12:00 14:00-17:00". */
final class SlotsColumn {

    private SlotsColumn() {
    }

    static String write(List<TimeSlot> slots) {
        return slots.stream().map(slot -> slot.start() + "-" + slot.end()).collect(Collectors.joining(" "));
    }

    static List<TimeSlot> read(String column) {
        if (column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(" ")).map(slot -> {
            int dash = slot.indexOf('-');
            return new TimeSlot(LocalTime.parse(slot.substring(0, dash)), LocalTime.parse(slot.substring(dash + 1)));
        }).toList();
    }
}
