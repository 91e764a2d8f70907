package org.guichet.appointments;

import java.time.LocalDate;
import java.util.List;

/** Free slots between two local dates at the office, inclusive, in time order. */
public record SlotList(String officeId, String reasonId, BookingMode mode, String timeZone, LocalDate from,
                       LocalDate to, List<Slot> slots) {
}
