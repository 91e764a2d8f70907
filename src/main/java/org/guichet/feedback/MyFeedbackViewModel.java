package org.guichet.feedback;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.guichet.platform.Background;

/** "Mes avis": what the device keeps, where each stands, and "delete them all" after a confirmation. */
public final class MyFeedbackViewModel {

    private final FeedbackServices services;
    private final Background background;
    private final SubjectTitles titles;
    private final ObservableMap<FeedbackSubject, String> knownTitles = FXCollections.observableHashMap();
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final BooleanProperty deleted = new SimpleBooleanProperty();
    private final BooleanProperty deleteFailed = new SimpleBooleanProperty();

    public MyFeedbackViewModel(FeedbackServices services, Background background, SubjectTitles titles) {
        this.services = services;
        this.background = background;
        this.titles = titles;
    }

    /** Reads the outbox afresh (its list follows every later change by itself), then the subjects' titles. */
    public void load() {
        background.run(() -> {
            services.refreshItems();
            return Boolean.TRUE;
        }, done -> { }, error -> { });
        background.run(this::readTitles, knownTitles::putAll, error -> { });
    }

    /** The titles found so far, by subject; a subject without one is shown by its kind and id. */
    public ObservableMap<FeedbackSubject, String> titles() {
        return knownTitles;
    }

    private Map<FeedbackSubject, String> readTitles() {
        Map<FeedbackSubject, String> found = new HashMap<>();
        for (OutboxItem item : services.outbox().items()) {
            if (!found.containsKey(item.subject())) {
                titles.titleOf(item.subject()).ifPresent(title -> found.put(item.subject(), title));
            }
        }
        return found;
    }

    public ObservableList<OutboxItem> items() {
        return services.items();
    }

    public BooleanBinding anyPending() {
        return Bindings.createBooleanBinding(() -> services.items().stream()
                .anyMatch(item -> item.status() == OutboxStatus.PENDING), services.items());
    }

    public void retryNow() {
        background.run(() -> {
            services.retryNow();
            return Boolean.TRUE;
        }, done -> { }, error -> { });
    }

    /** First tap: asks for a confirmation; nothing is deleted yet. */
    public void askToDelete() {
        deleted.set(false);
        confirming.set(true);
    }

    public void cancelDelete() {
        confirming.set(false);
    }

    /** Deletes every opinion and report, sent or not; those waiting will never be sent. */
    public void confirmDelete() {
        confirming.set(false);
        deleteFailed.set(false);
        background.run(() -> services.outbox().deleteAll(), count -> deleted.set(true), error -> deleteFailed.set(true));
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming;
    }

    public ReadOnlyBooleanProperty deletedProperty() {
        return deleted;
    }

    public ReadOnlyBooleanProperty deleteFailedProperty() {
        return deleteFailed;
    }
}
