package org.guichet.procedures;

/** Stops an update that cannot succeed, with the outcome the user is told. */
final class FeedUpdateFailure extends Exception {
    private final FeedUpdateOutcome outcome;

    FeedUpdateFailure(FeedUpdateOutcome outcome, String message) {
        this(outcome, message, null);
    }

    FeedUpdateFailure(FeedUpdateOutcome outcome, String message, Throwable cause) {
        super(outcome + ": " + message, cause);
        this.outcome = outcome;
    }

    FeedUpdateOutcome outcome() {
        return outcome;
    }
}
