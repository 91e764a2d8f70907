package org.guichet.appointments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "My appointments": the bookings kept on the device (read offline), refreshed from the gateway
 * when it answers, and the reminders they give.
 */
public final class MyAppointments {

    /** How the list relates to the gateway: not asked yet, up to date, or shown from the device only. */
    public enum Freshness { SAVED, REFRESHED, OFFLINE }

    private final AppointmentServices services;
    private final ObservableList<Appointment> upcoming = FXCollections.observableArrayList();
    private final ObservableList<Appointment> past = FXCollections.observableArrayList();
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(Freshness.SAVED);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);

    public MyAppointments(AppointmentServices services) {
        this.services = services;
    }

    /** Shows what the device keeps at once, then asks the gateway for changes (cancelled elsewhere, moved). */
    public void load() {
        state.set(LoadState.LOADING);
        services.async().storage(() -> services.cache().all(), kept -> {
            show(kept);
            refresh(kept);
        }, failure -> {
            problem.set("appointments.error.unexpected");
            state.set(LoadState.FAILED);
        });
    }

    private void refresh(List<Appointment> kept) {
        List<Appointment> toAsk = kept.stream().filter(appointment -> appointment.isUpcoming(now())).toList();
        if (toAsk.isEmpty()) {
            return;
        }
        services.async().network(() -> {
            List<Appointment> fresh = new ArrayList<>();
            for (Appointment appointment : toAsk) {
                fresh.add(appointment.updatedBy(services.gateway().client().booking(appointment.bookingToken())));
            }
            return fresh;
        }, fresh -> services.async().storage(() -> {
            fresh.forEach(services.cache()::save);
            return services.cache().all();
        }, all -> {
            freshness.set(Freshness.REFRESHED);
            show(all);
        }, failure -> freshness.set(Freshness.REFRESHED)), failure -> freshness.set(
                GatewayProblems.is(failure, GatewayError.OFFLINE) ? Freshness.OFFLINE : Freshness.SAVED));
    }

    /** Cancels on the gateway, then keeps the cancellation on the device. */
    public void cancel(Appointment appointment, Runnable onDone) {
        problem.set("");
        services.async().network(() -> services.gateway().client().cancel(appointment.bookingToken()),
                booking -> services.async().storage(() -> {
                    services.cache().save(appointment.updatedBy(booking));
                    return services.cache().all();
                }, all -> {
                    show(all);
                    onDone.run();
                }, failure -> problem.set("appointments.error.unexpected")),
                failure -> problem.set(GatewayProblems.keyOf(failure)));
    }

    /** Forgets every appointment on this device, calendar files included; the bookings are not cancelled. */
    public void deleteAll() {
        services.async().storage(() -> {
            services.cache().deleteAll();
            services.calendar().deleteAll();
            return List.<Appointment>of();
        }, this::show, failure -> problem.set("appointments.error.unexpected"));
    }

    private void show(List<Appointment> all) {
        Instant now = now();
        upcoming.setAll(all.stream().filter(appointment -> appointment.isUpcoming(now)).toList());
        past.setAll(all.stream().filter(appointment -> !appointment.isUpcoming(now))
                .sorted(Comparator.comparing(Appointment::start).reversed()).toList());
        services.notifier().update(Reminders.of(all, now), now);
        state.set(LoadState.READY);
    }

    private Instant now() {
        return services.clock().instant();
    }

    public ObservableList<Appointment> upcoming() {
        return upcoming;
    }

    /** Past and cancelled appointments, latest first. */
    public ObservableList<Appointment> past() {
        return past;
    }

    public ObjectProperty<Freshness> freshness() {
        return freshness;
    }

    public StringProperty problem() {
        return problem;
    }

    public ObjectProperty<LoadState> state() {
        return state;
    }
}
