package org.guichet.appointments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;

/** Déplacer un rendez-vous: the same day-and-time list as booking; the old time stays until the new one is had. */
public final class MoveAppointmentScreen implements Screen {

    private final I18n i18n;
    private final MoveFlow flow;
    private final AppointmentTexts texts;
    private final VBox body = AppointmentViews.stack();
    private final Set<LocalDate> expandedDays = new HashSet<>();
    private final Node view;

    public MoveAppointmentScreen(I18n i18n, Navigator navigator, MoveFlow flow, AppointmentTexts texts) {
        this.i18n = i18n;
        this.flow = flow;
        this.texts = texts;
        Button retry = Components.secondaryButton(i18n.text("appointments.retry"), flow::start);
        retry.visibleProperty().bind(flow.state().isEqualTo(LoadState.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        this.view = Components.page(AppointmentViews.stack(
                Components.heading(i18n, i18n.text("appointments.move.heading")), body,
                AppointmentViews.problem(i18n, flow.problem()), retry));
        Observable[] changes = {flow.state(), flow.appointment(), flow.slots().days(), flow.sending(),
                i18n.languageProperty()};
        for (Observable change : changes) {
            change.addListener(observable -> rebuild());
        }
        flow.moved().addListener(observable -> {
            if (navigator.currentProperty().get().screen() == this) {
                navigator.back();
            }
        });
        rebuild();
        flow.start();
    }

    private void rebuild() {
        Appointment appointment = flow.appointment().get();
        if (flow.state().get() != LoadState.READY || appointment == null) {
            body.getChildren().setAll(Components.paragraph(i18n.text(
                    flow.state().get() == LoadState.LOADING ? "appointments.loading" : "appointments.move.unavailable")));
            return;
        }
        body.getChildren().setAll(Components.paragraph(i18n.text("appointments.move.current",
                texts.dateTime(appointment.startAtOffice()))));
        if (flow.sending().get()) {
            body.getChildren().add(Components.paragraph(i18n.text("appointments.review.sending")));
        } else if (flow.slots().days().isEmpty()) {
            body.getChildren().add(Components.paragraph(i18n.text("appointments.slots.none")));
        } else {
            if (expandedDays.isEmpty()) {
                expandedDays.add(flow.slots().days().get(0).day());
            }
            body.getChildren().add(SlotListView.of(i18n, texts, flow.slots(), expandedDays, flow::moveTo,
                    this::rebuild));
        }
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("appointments.move.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
