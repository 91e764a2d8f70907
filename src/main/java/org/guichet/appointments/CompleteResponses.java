package org.guichet.appointments;

import java.util.Collection;
import java.util.Objects;

/**
 * Whether a parsed response has the fields the app relies on. Gson leaves missing fields null, and
 * a half-filled booking must never be shown or stored as if it were whole.
 */
final class CompleteResponses {
    private CompleteResponses() {
    }

    static boolean isComplete(ReasonList list) {
        return list.reasons() != null && list.reasons().stream().allMatch(reason -> reason != null
                && reason.id() != null && reason.label() != null && isFilled(reason.modes()));
    }

    static boolean isComplete(SlotList list) {
        return list.timeZone() != null && list.slots() != null
                && list.slots().stream().allMatch(slot -> slot != null && slot.start() != null);
    }

    static boolean isComplete(Booking booking) {
        return booking.bookingToken() != null && booking.reference() != null && booking.status() != null
                && booking.officeId() != null && booking.reasonId() != null && booking.mode() != null
                && booking.slotStart() != null && booking.timeZone() != null && booking.contact() != null;
    }

    static boolean isComplete(QueueInfo queue) {
        return queue.weekdays() != null && queue.weekdays().stream().allMatch(day -> day != null
                && day.day() != null && day.busy() != null && day.quiet() != null);
    }

    static boolean isComplete(CallbackReceipt receipt) {
        return receipt.id() != null;
    }

    private static boolean isFilled(Collection<?> values) {
        return values != null && !values.isEmpty() && values.stream().allMatch(Objects::nonNull);
    }
}
