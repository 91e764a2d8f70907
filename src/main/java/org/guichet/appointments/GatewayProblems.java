package org.guichet.appointments;

/** The message key that explains a failure to the citizen, in plain words with what to do. */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static String keyOf(Exception failure) {
        if (!(failure instanceof GatewayException gateway)) {
            return "appointments.error.unexpected";
        }
        return switch (gateway.error()) {
            case OFFLINE -> "appointments.error.offline";
            case TIMEOUT, CONNECTION_LOST, MALFORMED_RESPONSE -> "appointments.error.outcomeUnknown";
            case SLOT_TAKEN -> "appointments.error.slotTaken";
            case NOT_FOUND -> "appointments.error.notFound";
            case BOOKING_CANCELLED -> "appointments.error.cancelled";
            case INVALID_INPUT -> "appointments.error.invalidInput";
            case RATE_LIMITED, SERVER_ERROR, IDEMPOTENCY_CONFLICT -> "appointments.error.server";
        };
    }

    static boolean is(Exception failure, GatewayError error) {
        return failure instanceof GatewayException gateway && gateway.error() == error;
    }

    static boolean outcomeUnknown(Exception failure) {
        return failure instanceof GatewayException gateway && gateway.error().outcomeUnknown();
    }
}
