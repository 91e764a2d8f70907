package org.guichet.appointments;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed gateway call. The message names the error and the problem code only: never a token, a
 * URL with a token in it, or personal data.
 */
public final class GatewayException extends Exception {
    private final GatewayError error;
    private final String problemCode;
    private final Duration retryAfter;

    GatewayException(GatewayError error, String problemCode, Duration retryAfter, Throwable cause) {
        super(problemCode == null ? error.name() : error.name() + " (" + problemCode + ")", cause);
        this.error = error;
        this.problemCode = problemCode;
        this.retryAfter = retryAfter;
    }

    public GatewayError error() {
        return error;
    }

    /** The gateway's stable problem code ("slot_taken"…), when it sent one. */
    public Optional<String> problemCode() {
        return Optional.ofNullable(problemCode);
    }

    /** How long the gateway asked to wait before retrying, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
