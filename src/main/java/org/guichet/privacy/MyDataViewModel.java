package org.guichet.privacy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guichet.platform.Background;

/**
 * What the "my data" screen shows: how much of each kind the device holds, and deleting it after
 * the user confirms.
 */
public final class MyDataViewModel {

    /** What the screen is showing. */
    public enum State { LOADING, READY, FAILED }

    private final DeviceData data;
    private final Background background;
    private final ObservableList<DeviceData.Count> counts = FXCollections.observableArrayList();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<StoredCategory> confirming = new SimpleObjectProperty<>();
    private final BooleanProperty confirmingAll = new SimpleBooleanProperty();
    private final BooleanProperty deleted = new SimpleBooleanProperty();

    public MyDataViewModel(DeviceData data, Background background) {
        this.data = data;
        this.background = background;
    }

    public void load() {
        background.run(data::counts, loaded -> {
            counts.setAll(loaded);
            state.set(State.READY);
        }, error -> state.set(State.FAILED));
    }

    public void askToDelete(StoredCategory category) {
        confirmingAll.set(false);
        confirming.set(category);
    }

    public void askToDeleteAll() {
        confirming.set(null);
        confirmingAll.set(true);
    }

    public void cancel() {
        confirming.set(null);
        confirmingAll.set(false);
    }

    public void confirm() {
        StoredCategory category = confirming.get();
        boolean all = confirmingAll.get();
        cancel();
        if (category == null && !all) {
            return;
        }
        background.run(() -> {
            if (all) {
                data.deleteAll();
            } else {
                data.delete(category);
            }
            return data.counts();
        }, loaded -> {
            counts.setAll(loaded);
            deleted.set(true);
        }, error -> state.set(State.FAILED));
    }

    public ObservableList<DeviceData.Count> counts() {
        return counts;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<StoredCategory> confirmingProperty() {
        return confirming;
    }

    public BooleanProperty confirmingAllProperty() {
        return confirmingAll;
    }

    /** True once something was deleted, so the screen can say it is done. */
    public BooleanProperty deletedProperty() {
        return deleted;
    }

    public long total() {
        return counts.stream().mapToLong(DeviceData.Count::items).sum();
    }
}
