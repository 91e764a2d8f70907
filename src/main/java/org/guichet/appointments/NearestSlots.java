package org.guichet.appointments;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/** The free slots closest in time to one the citizen wanted, to offer when it was taken. */
final class NearestSlots {

    static final int COUNT = 3;

    private NearestSlots() {
    }

    static List<Slot> to(OffsetDateTime wanted, List<Slot> free) {
        return free.stream()
                .filter(slot -> !slot.start().isEqual(wanted))
                .sorted(Comparator.comparing((Slot slot) -> Duration.between(wanted, slot.start()).abs())
                        .thenComparing(Slot::start))
                .limit(COUNT)
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }
}
