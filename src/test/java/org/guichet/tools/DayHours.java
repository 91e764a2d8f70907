package org.guichet.tools;

import java.util.List;

/**
 * The hours of one day as the v4 dump holds them: at most two slots, times "HH:MM:SS", and a free
 * comment. A day whose hours could not be read has no slot and only the comment.
 */
record DayHours(List<Slot> slots, String commentaire) {

    record Slot(String start, String end) {
    }

    DayHours {
        if (slots.size() > 2) {
            throw new IllegalArgumentException("the v4 dump holds at most two slots per day: " + slots);
        }
        slots = List.copyOf(slots);
    }

    static DayHours commentOnly(String commentaire) {
        return new DayHours(List.of(), commentaire);
    }

    String slotStart(int index) {
        return index < slots.size() ? slots.get(index).start() : "";
    }

    String slotEnd(int index) {
        return index < slots.size() ? slots.get(index).end() : "";
    }
}
