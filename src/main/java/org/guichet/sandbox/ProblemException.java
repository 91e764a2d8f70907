package org.guichet.sandbox;

/** Ends a request with a problem+json answer; {@code detail} must hold no personal data or token. */
final class ProblemException extends RuntimeException {
    private final ProblemCode code;

    ProblemException(ProblemCode code, String detail) {
        super(detail);
        this.code = code;
    }

    ProblemCode code() {
        return code;
    }
}
