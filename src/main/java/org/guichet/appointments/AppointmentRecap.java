package org.guichet.appointments;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The receipt of one booking, read from the device: cancel it, or save it to a calendar. */
public final class AppointmentRecap {

    private final String reference;
    private final AppointmentServices services;
    private final ObjectProperty<Appointment> appointment = new SimpleObjectProperty<>();
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Path> exported = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AppointmentRecap(String reference, AppointmentServices services) {
        this.reference = reference;
        this.services = services;
    }

    public void load() {
        services.async().storage(() -> services.cache().findByReference(reference).orElse(null), found -> {
            appointment.set(found);
            state.set(found == null ? LoadState.FAILED : LoadState.READY);
        }, failure -> state.set(LoadState.FAILED));
    }

    public void cancel() {
        Appointment current = appointment.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        services.async().network(() -> services.gateway().client().cancel(current.bookingToken()),
                booking -> services.async().storage(() -> {
                    Appointment cancelled = current.updatedBy(booking);
                    services.cache().save(cancelled);
                    return cancelled;
                }, cancelled -> {
                    busy.set(false);
                    appointment.set(cancelled);
                }, failure -> {
                    busy.set(false);
                    problem.set("appointments.error.unexpected");
                }),
                failure -> {
                    busy.set(false);
                    problem.set(GatewayProblems.keyOf(failure));
                });
    }

    /** Writes the {@code .ics} file; texts are in the citizen's language. */
    public void exportToCalendar(String summary, String location, String description) {
        Appointment current = appointment.get();
        services.async().storage(() -> services.calendar().save(current, summary, location, description),
                exported::set, failure -> problem.set("appointments.recap.calendarFailed"));
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

    /** The calendar file last written. */
    public ObjectProperty<Path> exported() {
        return exported;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
