package org.guichet.appointments;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;

/**
 * The receipt of a booking, readable offline: reference, day and time at the office, where or how
 * it happens, documents to bring; cancel, move, add to a calendar, back to the office.
 */
public final class AppointmentScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final AppointmentRecap recap;
    private final AppointmentTexts texts;
    private final VBox body = AppointmentViews.stack();
    private final BooleanProperty confirmingCancel = new SimpleBooleanProperty();
    private final Node view;

    public AppointmentScreen(I18n i18n, Navigator navigator, AppointmentRecap recap, AppointmentTexts texts,
                             boolean demo) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.recap = recap;
        this.texts = texts;
        VBox page = AppointmentViews.stack(body);
        if (demo) {
            page.getChildren().add(0, Components.paragraph(i18n.text("appointments.demoNotice")));
        }
        page.getChildren().add(AppointmentViews.problem(i18n, recap.problem()));
        this.view = Components.page(page);
        recap.appointment().addListener(observable -> rebuild());
        recap.state().addListener(observable -> rebuild());
        recap.exported().addListener(observable -> rebuild());
        confirmingCancel.addListener(observable -> rebuild());
        i18n.languageProperty().addListener(observable -> rebuild());
        view.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                recap.load();
            }
        });
        rebuild();
    }

    private void rebuild() {
        Appointment appointment = recap.appointment().get();
        if (appointment == null) {
            body.getChildren().setAll(Components.heading(i18n, i18n.text("appointments.recap.title")),
                    Components.paragraph(i18n.text(recap.state().get() == LoadState.FAILED
                            ? "appointments.recap.missing" : "appointments.loading")));
            return;
        }
        String when = texts.dateTime(appointment.startAtOffice());
        body.getChildren().setAll(
                Components.heading(i18n, i18n.text(appointment.isCancelled()
                        ? "appointments.recap.cancelledTitle" : "appointments.recap.confirmedTitle")),
                AppointmentViews.card(
                        Components.paragraph(i18n.text("appointments.recap.reference", appointment.reference())),
                        Components.paragraph(i18n.text("appointments.review.when", when)),
                        Components.paragraph(i18n.text("appointments.review.reason", appointment.reasonLabel())),
                        Components.paragraph(i18n.text("appointments.review.mode", texts.mode(appointment.mode()))),
                        Components.paragraph(i18n.text("appointments.review.office", appointment.office().name()))),
                RecapPlaceView.of(i18n, appointment));
        if (!appointment.documentsHint().isEmpty()) {
            body.getChildren().add(AppointmentViews.card(
                    Components.heading(i18n, i18n.text("appointments.recap.documents")),
                    Components.paragraph(new SimpleStringProperty(appointment.documentsHint()))));
        }
        if (!appointment.isCancelled()) {
            body.getChildren().add(actions(appointment, when));
            body.getChildren().add(Components.secondaryButton(i18n.text("appointments.recap.feedback"),
                    () -> navigator.open(Destinations.FEEDBACK,
                            FeedbackTopic.booking(appointment.reference(), appointment.office().name()))));
        }
        Button office = Components.secondaryButton(i18n.text("appointments.recap.office"),
                () -> navigator.showTab(Destinations.DIRECTORY));
        body.getChildren().add(office);
    }

    private Node actions(Appointment appointment, String when) {
        Button calendar = Components.secondaryButton(i18n.text("appointments.recap.calendar"),
                () -> recap.exportToCalendar(i18n.get("appointments.calendar.summary", appointment.reasonLabel(),
                                appointment.office().name()), texts.place(appointment),
                        i18n.get("appointments.calendar.description", appointment.reference(), when)));
        Button move = Components.secondaryButton(i18n.text("appointments.recap.move"),
                () -> navigator.open(Destinations.MOVE_APPOINTMENT, appointment.reference()));
        VBox actions = AppointmentViews.stack(calendar);
        if (recap.exported().get() != null) {
            actions.getChildren().add(Components.paragraph(i18n.text("appointments.recap.calendarSaved",
                    recap.exported().get().toString())));
        }
        actions.getChildren().add(move);
        if (confirmingCancel.get()) {
            Button yes = Components.primaryButton(Bindings.when(recap.busy())
                    .then(i18n.text("appointments.review.sending"))
                    .otherwise(i18n.text("appointments.recap.cancelYes")), () -> {
                        confirmingCancel.set(false);
                        recap.cancel();
                    });
            yes.disableProperty().bind(recap.busy());
            Button no = Components.secondaryButton(i18n.text("appointments.recap.cancelNo"),
                    () -> confirmingCancel.set(false));
            actions.getChildren().add(AppointmentViews.card(
                    Components.paragraph(i18n.text("appointments.recap.cancelQuestion", when)), yes, no));
        } else {
            actions.getChildren().add(Components.secondaryButton(i18n.text("appointments.recap.cancel"),
                    () -> confirmingCancel.set(true)));
        }
        return actions;
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("appointments.recap.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
