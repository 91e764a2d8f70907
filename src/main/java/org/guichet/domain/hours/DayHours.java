package org.guichet.domain.hours;

import java.util.List;

/**
 * The regular hours of one weekday: its slots in time order, not overlapping, and the comments of
 * the entries covering it. A comment may restrict the slots ("2e et 4e samedis"), so hours with a
 * comment are uncertain.
 */
public record DayHours(List<TimeSlot> slots, List<String> comments) {
    public DayHours {
        slots = List.copyOf(slots);
        comments = List.copyOf(comments);
    }

    public boolean isUncertain() {
        return !comments.isEmpty();
    }
}
