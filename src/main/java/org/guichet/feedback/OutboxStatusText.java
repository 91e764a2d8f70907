package org.guichet.feedback;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.guichet.i18n.I18n;

/** Where an opinion or a report stands, in words ("Envoyé", "En attente de connexion : …"). */
final class OutboxStatusText {

    private OutboxStatusText() {
    }

    static StringBinding of(I18n i18n, ObservableValue<Optional<OutboxItem>> item) {
        return Bindings.createStringBinding(() -> item.getValue().map(found -> text(i18n, found))
                .orElseGet(() -> i18n.get("feedback.status.deleted")), item, i18n.languageProperty());
    }

    static String text(I18n i18n, OutboxItem item) {
        return switch (item.status()) {
            case SENT -> i18n.get("feedback.status.sent");
            case PENDING -> i18n.get(item.kind() == OutboxKind.FEEDBACK
                    ? "feedback.status.pending" : "feedback.status.pendingReport");
            case FAILED -> i18n.get("feedback.status.failed", i18n.get(failureKey(item.failureCode().orElse(""))));
        };
    }

    /** The gateway's problem code, or the error's name when it gave none. */
    private static String failureKey(String code) {
        return switch (code) {
            case "validation_failed", "invalid_input" -> "feedback.failure.invalid";
            case "idempotency_conflict" -> "feedback.failure.conflict";
            default -> "feedback.failure.refused";
        };
    }
}
