package org.guichet.feedback;

import java.util.List;

/**
 * Told after every change of the outbox, on the thread that made it (never the JavaFX thread's
 * business: the view-model hands the items over with {@code Platform.runLater}).
 */
@FunctionalInterface
public interface OutboxListener {
    /** Every item, newest first. */
    void changed(List<OutboxItem> items);
}
