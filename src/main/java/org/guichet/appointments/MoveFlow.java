package org.guichet.appointments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Moving a booking to another day or time of the same office, reason and mode. The gateway moves
 * it atomically: if the new slot was taken meanwhile, the booking keeps its old one.
 */
public final class MoveFlow {

    private final String reference;
    private final AppointmentServices services;
    private final SlotChoice slots;
    private final ObjectProperty<Appointment> appointment = new SimpleObjectProperty<>();
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObjectProperty<Appointment> moved = new SimpleObjectProperty<>();

    public MoveFlow(String reference, AppointmentServices services) {
        this.reference = reference;
        this.services = services;
        this.slots = new SlotChoice(services);
    }

    public void start() {
        state.set(LoadState.LOADING);
        problem.set("");
        services.async().storage(() -> services.cache().findByReference(reference).orElse(null), found -> {
            if (found == null) {
                fail("appointments.error.notFound");
            } else {
                appointment.set(found);
                loadSlots();
            }
        }, failure -> fail("appointments.error.unexpected"));
    }

    private void loadSlots() {
        Appointment current = appointment.get();
        slots.load(current.office().officeId(), current.reasonId(), current.mode(),
                () -> state.set(LoadState.READY), failure -> fail(GatewayProblems.keyOf(failure)));
    }

    /** Moves to {@code slot}; ignored while a move is being sent. */
    public void moveTo(Slot slot) {
        if (sending.get()) {
            return;
        }
        Appointment current = appointment.get();
        slots.choose(slot);
        sending.set(true);
        problem.set("");
        services.async().network(() -> services.gateway().client().reschedule(current.bookingToken(), slot.start()),
                booking -> services.async().storage(() -> {
                    Appointment updated = current.updatedBy(booking);
                    services.cache().save(updated);
                    return updated;
                }, updated -> {
                    sending.set(false);
                    moved.set(updated);
                }, failure -> {
                    sending.set(false);
                    problem.set("appointments.error.unexpected");
                }),
                failure -> {
                    sending.set(false);
                    problem.set(GatewayProblems.keyOf(failure));
                    if (GatewayProblems.is(failure, GatewayError.SLOT_TAKEN)) {
                        loadSlots();
                    }
                });
    }

    private void fail(String problemKey) {
        problem.set(problemKey);
        state.set(LoadState.FAILED);
    }

    public SlotChoice slots() {
        return slots;
    }

    public ObjectProperty<Appointment> appointment() {
        return appointment;
    }

    public ObjectProperty<LoadState> state() {
        return state;
    }

    public StringProperty problem() {
        return problem;
    }

    public BooleanProperty sending() {
        return sending;
    }

    /** Set once the gateway has moved the booking and the device keeps the new time. */
    public ObjectProperty<Appointment> moved() {
        return moved;
    }
}
