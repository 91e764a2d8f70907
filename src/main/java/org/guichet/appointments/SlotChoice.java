package org.guichet.appointments;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Choosing a day and a time: the free slots grouped by day at the office, the slot chosen, and,
 * when a chosen slot was taken meanwhile, the nearest free ones.
 */
public final class SlotChoice {

    private final AppointmentServices services;
    private final ObservableList<DaySlots> days = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final ObjectProperty<Slot> chosen = new SimpleObjectProperty<>();
    private final ObservableList<Slot> alternatives = FXCollections.observableArrayList();

    SlotChoice(AppointmentServices services) {
        this.services = services;
    }

    void load(String officeId, String reasonId, BookingMode mode, Runnable onReady, Consumer<Exception> onFailure) {
        days.clear();
        services.async().network(() -> services.gateway().client().slots(officeId, reasonId, mode, null, null),
                list -> {
                    zone.set(ZoneId.of(list.timeZone()));
                    days.setAll(DaySlots.group(list.slots(), zone.get()));
                    onReady.run();
                }, onFailure::accept);
    }

    /** Reloads the free slots and offers those nearest to the one chosen. */
    void offerAlternatives(String officeId, String reasonId, BookingMode mode) {
        Slot wanted = chosen.get();
        load(officeId, reasonId, mode, () -> alternatives.setAll(NearestSlots.to(wanted.start(),
                days.stream().flatMap(day -> day.slots().stream()).toList())), failure -> alternatives.clear());
    }

    void choose(Slot slot) {
        chosen.set(slot);
    }

    public ObservableList<DaySlots> days() {
        return days;
    }

    /** The office's time zone, once slots have been read. */
    public ObjectProperty<ZoneId> zone() {
        return zone;
    }

    public ObjectProperty<Slot> chosen() {
        return chosen;
    }

    public ObservableList<Slot> alternatives() {
        return alternatives;
    }
}
