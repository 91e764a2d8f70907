package org.guichet.appointments;

/** What went wrong with a gateway call, in the terms the UI explains to the citizen. */
public enum GatewayError {
    /** Someone else took the slot; offer the nearest free ones. */
    SLOT_TAKEN(false),
    /** The office, reason, slot or booking does not exist (any more). */
    NOT_FOUND(false),
    /** The booking was cancelled, so it cannot be moved. */
    BOOKING_CANCELLED(false),
    /** The gateway refused what was entered (contact details, dates…). */
    INVALID_INPUT(false),
    /** The idempotency key was reused for a different request: a bug on our side, not the citizen's. */
    IDEMPOTENCY_CONFLICT(false),
    RATE_LIMITED(false),
    /** No connection could be made: the request never reached the gateway. */
    OFFLINE(false),
    /** No answer in time: the gateway may have acted; retry with the same idempotency key. */
    TIMEOUT(true),
    /** The connection broke during the exchange: the gateway may have acted; retry with the same key. */
    CONNECTION_LOST(true),
    SERVER_ERROR(false),
    /** The gateway answered something this app cannot read. */
    MALFORMED_RESPONSE(true);

    private final boolean outcomeUnknown;

    GatewayError(boolean outcomeUnknown) {
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * True when a write may have taken effect although no result came back: check (or retry with
     * the same idempotency key) before telling the citizen it failed.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
