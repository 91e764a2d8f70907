package org.guichet.appointments;

import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The booking wizard's state, step by step: reason, mode, day and time, contact, review, then
 * confirm. One idempotency key is made per review and reused for every retry of it, so double
 * taps and retries after a lost answer book once. Nothing the citizen chose is dropped on a failure.
 */
public final class BookingFlow {

    private static final int RETRIES_WHEN_OUTCOME_UNKNOWN = 2;

    private final String officeId;
    private final AppointmentServices services;

    private final ObjectProperty<BookingStep> step = new SimpleObjectProperty<>(BookingStep.REASON);
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<OfficeSummary> office = new SimpleObjectProperty<>();
    private final ObservableList<Reason> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<Reason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<BookingMode> mode = new SimpleObjectProperty<>();
    private final SlotChoice slots;
    private final ContactForm contact = new ContactForm();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObjectProperty<Appointment> booked = new SimpleObjectProperty<>();
    private IdempotencyKey key;
    private Runnable retry = () -> { };

    public BookingFlow(String officeId, AppointmentServices services) {
        this.officeId = officeId;
        this.services = services;
        this.slots = new SlotChoice(services);
    }

    /** Reads the office from the directory, then its reasons from the gateway. */
    public void start() {
        retry = this::start;
        state.set(LoadState.LOADING);
        problem.set("");
        services.async().storage(() -> new FoundOffice(services.directory().find(officeId).orElse(null),
                services.directory().isEmpty()), found -> {
                    if (found.office() == null) {
                        fail(found.directoryEmpty() ? "appointments.error.directoryNotReady"
                                : "appointments.error.officeUnknown");
                    } else {
                        office.set(found.office());
                        loadReasons();
                    }
                }, failure -> fail("appointments.error.unexpected"));
    }

    private record FoundOffice(OfficeSummary office, boolean directoryEmpty) {
    }

    private void loadReasons() {
        retry = this::loadReasons;
        state.set(LoadState.LOADING);
        services.async().network(() -> services.gateway().client().reasons(officeId).reasons(), found -> {
            reasons.setAll(found);
            state.set(LoadState.READY);
        }, failure -> fail(GatewayProblems.keyOf(failure)));
    }

    /** Tries again what failed last (loading the office, its reasons or its slots). */
    public void retry() {
        retry.run();
    }

    public void chooseReason(Reason chosen) {
        reason.set(chosen);
        if (!chosen.modes().contains(mode.get())) {
            mode.set(null);
        }
        step.set(BookingStep.MODE);
    }

    public void chooseMode(BookingMode chosen) {
        mode.set(chosen);
        step.set(BookingStep.SLOT);
        loadSlots();
    }

    private void loadSlots() {
        retry = this::loadSlots;
        problem.set("");
        state.set(LoadState.LOADING);
        slots.load(officeId, reason.get().id(), mode.get(), () -> state.set(LoadState.READY),
                failure -> fail(GatewayProblems.keyOf(failure)));
    }

    public void chooseSlot(Slot chosen) {
        slots.choose(chosen);
        step.set(BookingStep.CONTACT);
    }

    /** Checks the contact step; moves on to the review, with a new idempotency key, when all is right. */
    public boolean submitContact() {
        if (!contact.check(mode.get())) {
            return false;
        }
        startReview();
        return true;
    }

    private void startReview() {
        key = IdempotencyKey.random();
        problem.set("");
        step.set(BookingStep.REVIEW);
    }

    /** Books the reviewed choices. Ignored while a booking is being sent, so a double tap books once. */
    public void confirm() {
        if (sending.get() || step.get() != BookingStep.REVIEW) {
            return;
        }
        sending.set(true);
        problem.set("");
        slots.alternatives().clear();
        BookingRequest request = new BookingRequest(officeId, reason.get().id(), mode.get(),
                slots.chosen().get().start(), contact.contact(), contact.needs());
        send(request, key, RETRIES_WHEN_OUTCOME_UNKNOWN);
    }

    private void send(BookingRequest request, IdempotencyKey sentKey, int retriesLeft) {
        services.async().network(() -> services.gateway().client().book(request, sentKey),
                booking -> keep(Appointment.of(booking, office.get(), reason.get())),
                failure -> {
                    if (GatewayProblems.outcomeUnknown(failure) && retriesLeft > 0) {
                        send(request, sentKey, retriesLeft - 1);
                        return;
                    }
                    sending.set(false);
                    problem.set(GatewayProblems.keyOf(failure));
                    if (GatewayProblems.is(failure, GatewayError.SLOT_TAKEN)) {
                        slots.offerAlternatives(officeId, reason.get().id(), mode.get());
                    }
                });
    }

    private void keep(Appointment appointment) {
        services.async().storage(() -> {
            services.cache().save(appointment);
            return appointment;
        }, saved -> {
            sending.set(false);
            booked.set(saved);
        }, failure -> {
            sending.set(false);
            booked.set(appointment);
        });
    }

    /** Takes one of the free slots offered after the wanted one was taken: a new review, a new key. */
    public void chooseAlternative(Slot alternative) {
        slots.choose(alternative);
        slots.alternatives().clear();
        startReview();
    }

    /** Goes back one step; false on the first step. Ignored while sending. */
    public boolean previous() {
        if (sending.get() || step.get() == BookingStep.REASON) {
            return false;
        }
        problem.set("");
        state.set(LoadState.READY);
        step.set(BookingStep.values()[step.get().ordinal() - 1]);
        return true;
    }

    private void fail(String problemKey) {
        problem.set(problemKey);
        state.set(LoadState.FAILED);
    }

    public ObjectProperty<BookingStep> step() {
        return step;
    }

    public ObjectProperty<LoadState> state() {
        return state;
    }

    /** The message key of what went wrong last, {@code ""} when nothing did. */
    public StringProperty problem() {
        return problem;
    }

    public ObjectProperty<OfficeSummary> office() {
        return office;
    }

    public ObservableList<Reason> reasons() {
        return reasons;
    }

    public ObjectProperty<Reason> reason() {
        return reason;
    }

    public ObjectProperty<BookingMode> mode() {
        return mode;
    }

    public SlotChoice slots() {
        return slots;
    }

    public ContactForm contact() {
        return contact;
    }

    public BooleanProperty sending() {
        return sending;
    }

    /** Set once the booking is confirmed and kept on the device. */
    public ObjectProperty<Appointment> booked() {
        return booked;
    }

    /** The office's zone when slots have been read, else the zone from the directory. */
    public ZoneId zone() {
        return slots.zone().get() != null ? slots.zone().get() : office.get().zone();
    }
}
