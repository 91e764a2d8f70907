package org.guichet.appointments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.platform.Browser;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * Prendre rendez-vous: a stepper that says where the citizen is ("Étape 2 sur 5"), one question
 * per step, a plain message when something fails, and the choices kept when going back.
 */
public final class BookingScreen implements Screen {

    private final I18n i18n;
    private final BookingFlow flow;
    private final AppointmentTexts texts;
    private final Browser browser;
    private final VBox body = AppointmentViews.stack();
    private final Set<LocalDate> expandedDays = new HashSet<>();
    private final Node view;

    public BookingScreen(I18n i18n, Navigator navigator, Browser browser, BookingFlow flow, AppointmentTexts texts,
                         boolean demo) {
        this.i18n = i18n;
        this.flow = flow;
        this.texts = texts;
        this.browser = browser;
        Label office = Components.wrapping(Bindings.createStringBinding(
                () -> flow.office().get() == null ? "" : flow.office().get().name(), flow.office()), Styles.FIELD_LABEL);
        Label stepCount = Components.wrapping(i18n.text("appointments.step", Bindings.createIntegerBinding(
                () -> flow.step().get().number(), flow.step()), BookingStep.count()), Styles.HINT);
        Label stepHeading = Components.heading(i18n, stepTitle());
        Button retry = Components.secondaryButton(i18n.text("appointments.retry"), flow::retry);
        retry.visibleProperty().bind(flow.state().isEqualTo(LoadState.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        Button previous = Components.secondaryButton(i18n.text("appointments.previousStep"), flow::previous);
        previous.visibleProperty().bind(flow.step().isNotEqualTo(BookingStep.REASON).and(flow.sending().not()));
        previous.managedProperty().bind(previous.visibleProperty());
        VBox page = AppointmentViews.stack(office, stepCount, stepHeading);
        if (demo) {
            Label notice = Components.paragraph(i18n.text("appointments.demoNotice"));
            notice.visibleProperty().bind(flow.step().isEqualTo(BookingStep.REVIEW));
            notice.managedProperty().bind(notice.visibleProperty());
            page.getChildren().add(notice);
        }
        page.getChildren().addAll(body, AppointmentViews.problem(i18n, flow.problem()), retry, previous);
        this.view = Components.page(page);
        Observable[] changes = {flow.step(), flow.state(), flow.reasons(), flow.slots().days(),
                flow.slots().alternatives(), flow.slots().chosen(), i18n.languageProperty()};
        for (Observable change : changes) {
            change.addListener(observable -> rebuild());
        }
        flow.booked().addListener((observable, before, appointment) -> {
            if (navigator.currentProperty().get().screen() == this) {
                navigator.back();
            }
            navigator.open(Destinations.APPOINTMENT, appointment.reference());
        });
        rebuild();
        flow.start();
    }

    private ObservableStringValue stepTitle() {
        return Bindings.createStringBinding(() -> i18n.get(switch (flow.step().get()) {
            case REASON -> "appointments.reason.title";
            case MODE -> "appointments.mode.title";
            case SLOT -> "appointments.slots.title";
            case CONTACT -> "appointments.contact.title";
            case REVIEW -> "appointments.review.title";
        }), flow.step(), i18n.languageProperty());
    }

    private void rebuild() {
        if (flow.state().get() == LoadState.LOADING) {
            body.getChildren().setAll(Components.paragraph(i18n.text("appointments.loading")));
            return;
        }
        if (flow.state().get() == LoadState.FAILED) {
            body.getChildren().clear();
            return;
        }
        body.getChildren().setAll(switch (flow.step().get()) {
            case REASON -> ReasonStepView.of(i18n, flow, browser);
            case MODE -> ModeStepView.of(i18n, flow);
            case SLOT -> slots();
            case CONTACT -> ContactStepView.of(i18n, flow);
            case REVIEW -> ReviewStepView.of(i18n, texts, flow);
        });
    }

    private Node slots() {
        if (flow.slots().days().isEmpty()) {
            return Components.paragraph(i18n.text("appointments.slots.none"));
        }
        if (expandedDays.isEmpty()) {
            expandedDays.add(flow.slots().days().get(0).day());
        }
        return AppointmentViews.stack(
                Components.paragraph(i18n.text("appointments.slots.zone", texts.zoneName(flow.zone()))),
                SlotListView.of(i18n, texts, flow.slots(), expandedDays, flow::chooseSlot, this::rebuild));
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("appointments.book.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
