package org.guichet.feedback;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The outbox's items as the screens see them: a list on the JavaFX thread that follows every
 * change the outbox reports, whichever thread made it. Screens derive their texts from it with
 * bindings, which hold it weakly, so a closed screen is not kept alive by it.
 */
final class LiveOutbox {

    private final ObservableList<OutboxItem> items = FXCollections.observableArrayList();
    private final ObservableList<OutboxItem> readOnly = FXCollections.unmodifiableObservableList(items);

    LiveOutbox(FeedbackOutbox outbox) {
        outbox.addListener(changed -> Platform.runLater(() -> show(changed)));
    }

    /** Newest first; read it on the JavaFX thread. */
    ObservableList<OutboxItem> items() {
        return readOnly;
    }

    /** Takes a fresh read of the outbox (made off the JavaFX thread), on the JavaFX thread. */
    void show(List<OutboxItem> current) {
        if (!items.equals(current)) {
            items.setAll(current);
        }
    }
}
