package org.guichet.procedures;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import org.guichet.i18n.I18n;

/** What the Démarches tab says about an update of the fiches: under way, or how it ended; empty before any. */
final class UpdateStatus {

    private UpdateStatus() {
    }

    static StringBinding text(I18n i18n, ObservableBooleanValue updating, ObservableObjectValue<FeedUpdateResult> result) {
        return Bindings.createStringBinding(() -> {
            if (updating.get()) {
                return i18n.get("procedures.update.running");
            }
            FeedUpdateResult ended = result.get();
            if (ended == null) {
                return "";
            }
            return ended.outcome() == FeedUpdateOutcome.UPDATED
                    ? i18n.get("procedures.update.updated", ended.ficheCount(), ended.skippedCount())
                    : i18n.get(plainKey(ended.outcome()));
        }, i18n.languageProperty(), updating, result);
    }

    static boolean isFailure(FeedUpdateResult result) {
        return result != null && result.outcome() != FeedUpdateOutcome.UPDATED
                && result.outcome() != FeedUpdateOutcome.ALREADY_UP_TO_DATE;
    }

    /** Messages without counts: {@link I18n#get} shows them as written (no MessageFormat quoting). */
    private static String plainKey(FeedUpdateOutcome outcome) {
        return switch (outcome) {
            case UPDATED -> throw new IllegalArgumentException("an update that succeeded has counts to say");
            case ALREADY_UP_TO_DATE -> "procedures.update.upToDate";
            case OFFLINE -> "procedures.update.offline";
            case INTERRUPTED -> "procedures.update.interrupted";
            case SERVER_ERROR -> "procedures.update.serverError";
            case UNUSABLE_FILE -> "procedures.update.unusable";
            case NOT_SAVED -> "procedures.update.notSaved";
        };
    }
}
