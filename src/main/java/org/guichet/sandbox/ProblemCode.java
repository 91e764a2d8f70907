package org.guichet.sandbox;

import java.util.Locale;

/** The stable error codes of the contract, with their HTTP status and title. */
enum ProblemCode {
    VALIDATION_FAILED(400, "The request is not valid"),
    INVALID_CONTACT(400, "The contact details are not valid"),
    OFFICE_NOT_FOUND(404, "No such office"),
    REASON_NOT_FOUND(404, "This office takes no appointments for this reason"),
    SLOT_NOT_FOUND(404, "No such slot"),
    BOOKING_NOT_FOUND(404, "No such booking"),
    UNKNOWN_ROUTE(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    SLOT_TAKEN(409, "The slot is no longer free"),
    BOOKING_CANCELLED(409, "The booking is cancelled"),
    IDEMPOTENCY_CONFLICT(409, "This Idempotency-Key was used for another request"),
    INTERNAL_ERROR(500, "The sandbox gateway failed");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
