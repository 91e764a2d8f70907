package org.guichet.sandbox;

import org.guichet.appointments.Reason;

/** A reason the sandbox offers, with how many people one slot of it can take. */
record CatalogReason(Reason reason, int seatsPerSlot) {
    String id() {
        return reason.id();
    }

    int durationMinutes() {
        return reason.durationMinutes();
    }
}
