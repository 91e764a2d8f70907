package org.guichet.procedures;

/**
 * The outcome of one update, with what the new content holds when it was {@link FeedUpdateOutcome#UPDATED}:
 * the fiches kept and those skipped because they could not be read.
 */
public record FeedUpdateResult(FeedUpdateOutcome outcome, int ficheCount, int skippedCount) {

    static FeedUpdateResult updated(FeedMetadata content) {
        return new FeedUpdateResult(FeedUpdateOutcome.UPDATED, content.ficheCount(), content.skippedCount());
    }

    static FeedUpdateResult unchanged(FeedUpdateOutcome outcome) {
        return new FeedUpdateResult(outcome, 0, 0);
    }
}
