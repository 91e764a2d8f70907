package org.guichet.appointments;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * The Rendez-vous tab: reminders, finding an office to book with, upcoming and past appointments
 * (read offline), and deleting every appointment kept on the device.
 */
public final class AppointmentsScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final MyAppointments appointments;
    private final AppointmentTexts texts;
    private final VBox upcomingList = AppointmentViews.stack();
    private final VBox pastList = AppointmentViews.stack();
    private final VBox deletion = AppointmentViews.stack();
    private final BooleanProperty confirmingDelete = new SimpleBooleanProperty();
    private final Node view;

    public AppointmentsScreen(I18n i18n, Navigator navigator, MyAppointments appointments, OfficeFinder finder,
                              InAppReminders reminders, AppointmentTexts texts, boolean demo) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.appointments = appointments;
        this.texts = texts;
        VBox page = AppointmentViews.stack();
        if (demo) {
            page.getChildren().add(Components.paragraph(i18n.text("appointments.demoNotice")));
        }
        page.getChildren().addAll(upcomingList, AppointmentViews.problem(i18n, appointments.problem()),
                new ReminderCentreView(i18n, reminders, texts).view(), new OfficeFinderView(i18n, navigator, finder).view(),
                pastList, deletion);
        this.view = Components.page(page);
        Observable[] changes = {appointments.upcoming(), appointments.past(), appointments.freshness(),
                appointments.state(), i18n.languageProperty()};
        for (Observable change : changes) {
            change.addListener(observable -> rebuildLists());
        }
        confirmingDelete.addListener(observable -> rebuildDeletion());
        i18n.languageProperty().addListener(observable -> rebuildDeletion());
        view.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                appointments.load();
            }
        });
        rebuildLists();
        rebuildDeletion();
    }

    private void rebuildLists() {
        upcomingList.getChildren().setAll(Components.heading(i18n, i18n.text("appointments.list.upcoming")));
        switch (appointments.freshness().get()) {
            case OFFLINE -> upcomingList.getChildren().add(Components.paragraph(i18n.text("appointments.list.offline")));
            case REFRESHED -> upcomingList.getChildren().add(
                    Components.paragraph(i18n.text("appointments.list.refreshed")));
            case SAVED -> { }
        }
        addItems(upcomingList, appointments.upcoming(), "appointments.list.noneUpcoming");
        pastList.getChildren().setAll(Components.heading(i18n, i18n.text("appointments.list.past")));
        addItems(pastList, appointments.past(), "appointments.list.nonePast");
    }

    private void addItems(VBox lists, ObservableList<Appointment> items, String emptyKey) {
        if (appointments.state().get() == LoadState.LOADING && items.isEmpty()) {
            lists.getChildren().add(Components.paragraph(i18n.text("appointments.loading")));
            return;
        }
        if (items.isEmpty()) {
            lists.getChildren().add(Components.paragraph(i18n.text(emptyKey)));
        }
        for (Appointment appointment : items) {
            Button open = Components.secondaryButton(i18n.text(
                    appointment.isCancelled() ? "appointments.list.itemCancelled" : "appointments.list.item",
                    texts.dateTime(appointment.startAtOffice()), appointment.reasonLabel(), appointment.office().name(),
                    texts.mode(appointment.mode())),
                    () -> navigator.open(Destinations.APPOINTMENT, appointment.reference()));
            open.getStyleClass().add(Styles.SHORTCUT);
            lists.getChildren().add(open);
        }
    }

    private void rebuildDeletion() {
        deletion.getChildren().setAll(Components.heading(i18n, i18n.text("appointments.delete.heading")));
        if (confirmingDelete.get()) {
            Button yes = Components.primaryButton(i18n.text("appointments.delete.yes"), () -> {
                confirmingDelete.set(false);
                appointments.deleteAll();
            });
            Button no = Components.secondaryButton(i18n.text("appointments.delete.no"), () -> confirmingDelete.set(false));
            deletion.getChildren().add(AppointmentViews.card(
                    Components.paragraph(i18n.text("appointments.delete.question")), yes, no));
        } else {
            deletion.getChildren().addAll(Components.paragraph(i18n.text("appointments.delete.explain")),
                    Components.secondaryButton(i18n.text("appointments.delete.button"), () -> confirmingDelete.set(true)));
        }
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("appointments.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
