package org.guichet.app;

import java.util.Optional;
import javafx.scene.Node;
import org.guichet.about.AboutScreen;
import org.guichet.appointments.AppointmentRecap;
import org.guichet.appointments.AppointmentScreen;
import org.guichet.appointments.AppointmentServices;
import org.guichet.appointments.AppointmentTexts;
import org.guichet.appointments.AppointmentsScreen;
import org.guichet.appointments.BookingFlow;
import org.guichet.appointments.BookingScreen;
import org.guichet.appointments.MoveAppointmentScreen;
import org.guichet.appointments.MoveFlow;
import org.guichet.appointments.MyAppointments;
import org.guichet.appointments.OfficeFinder;
import org.guichet.feedback.DocumentReportScreen;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.DocumentReportViewModel;
import org.guichet.feedback.MyFeedbackScreen;
import org.guichet.feedback.MyFeedbackViewModel;
import org.guichet.feedback.QuestionnaireScreen;
import org.guichet.feedback.QuestionnaireViewModel;
import org.guichet.feedback.SubjectFeedbackSection;
import org.guichet.feedback.SubjectFeedbackViewModel;
import org.guichet.feedback.Topics;
import org.guichet.directory.DirectoryScreen;
import org.guichet.directory.OfficeActions;
import org.guichet.directory.OfficeScreen;
import org.guichet.home.HomeScreen;
import org.guichet.i18n.I18n;
import org.guichet.myspace.MySpaceScreen;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.privacy.DeviceData;
import org.guichet.privacy.MyDataScreen;
import org.guichet.privacy.MyDataViewModel;
import org.guichet.navigation.ScreenRegistry;
import org.guichet.procedures.CatalogueEntry;
import org.guichet.procedures.ChecklistStore;
import org.guichet.procedures.ProcedureScreen;
import org.guichet.procedures.ProcedureThemeScreen;
import org.guichet.procedures.ProcedureThemeViewModel;
import org.guichet.procedures.ProcedureViewModel;
import org.guichet.procedures.ProceduresScreen;
import org.guichet.procedures.ProceduresViewModel;
import org.guichet.procedures.SituationStore;
import org.guichet.search.ProcedureResults;
import org.guichet.search.ProcedureSearch;
import org.guichet.settings.SettingsScreen;
import org.guichet.ui.Components;

/** Wires every destination to its screen. */
public final class Screens {

    private Screens() {
    }

    /** The office page's "book an appointment" button, opening the booking flow for that office. */
    private static OfficeActions bookingAction(I18n i18n, Navigator navigator) {
        return (area, office) -> area.getChildren().add(Components.primaryButton(i18n.text("directory.office.book"),
                () -> navigator.open(Destinations.BOOK_APPOINTMENT, office.id())));
    }

    public static ScreenRegistry registry(AppServices services) {
        I18n i18n = services.i18n();
        AppointmentServices appointments = services.appointments();
        AppointmentTexts texts = new AppointmentTexts(i18n, services.clock());
        boolean demo = services.gateway().isDemo();
        ProcedureSearch procedureSearch = new ProcedureSearch(services.procedures(), services.background());
        return new ScreenRegistry()
                .register(Destinations.HOME, (navigator, none) -> new HomeScreen(i18n, navigator))
                .register(Destinations.DIRECTORY, (navigator, none) ->
                        new DirectoryScreen(services.directory(), navigator))
                .register(Destinations.PROCEDURES, (navigator, none) ->
                        new ProceduresScreen(i18n, navigator, new ProceduresViewModel(services.procedures(), services.background())))
                .register(Destinations.PROCEDURE_THEME, (navigator, theme) -> new ProcedureThemeScreen(i18n, navigator,
                        new ProcedureThemeViewModel(services.procedures(), services.background(), theme)))
                .register(Destinations.PROCEDURE, (navigator, id) -> new ProcedureScreen(i18n, navigator, services.browser(),
                        new ProcedureViewModel(id, services.procedures(), new SituationStore(services.database()),
                                new ChecklistStore(services.database()), services.background()),
                        title -> feedbackSection(services, navigator, FeedbackTopic.procedure(id, title))))
                .register(Destinations.APPOINTMENTS, (navigator, none) -> new AppointmentsScreen(i18n, navigator,
                        new MyAppointments(appointments), new OfficeFinder(appointments), services.reminders(), texts,
                        demo))
                .register(Destinations.BOOK_APPOINTMENT, (navigator, officeId) -> new BookingScreen(i18n, navigator,
                        services.browser(), new BookingFlow(officeId, appointments), texts, demo))
                .register(Destinations.APPOINTMENT, (navigator, reference) -> new AppointmentScreen(i18n, navigator,
                        new AppointmentRecap(reference, appointments), texts, demo))
                .register(Destinations.MOVE_APPOINTMENT, (navigator, reference) -> new MoveAppointmentScreen(i18n,
                        navigator, new MoveFlow(reference, appointments), texts))
                .register(Destinations.MY_SPACE, (navigator, none) -> new MySpaceScreen(i18n, navigator))
                .register(Destinations.MY_DATA, (navigator, none) -> new MyDataScreen(i18n,
                        new MyDataViewModel(new DeviceData(services.database(), services.exportsFolder()), services.background())))
                .register(Destinations.SEARCH, (navigator, query) ->
                        new DirectoryScreen(services.directory(), navigator, "search.title", query, new ProcedureResults(i18n,
                                id -> navigator.open(Destinations.PROCEDURE, id), procedureSearch)))
                .register(Destinations.OFFICE, (navigator, officeId) ->
                        new OfficeScreen(services.directory(), officeId, bookingAction(i18n, navigator),
                                (area, office) -> area.getChildren().add(feedbackSection(services, navigator,
                                        FeedbackTopic.office(office.id(), office.name())))))
                .register(Destinations.SETTINGS, (navigator, none) -> new SettingsScreen(i18n, services.preferences()))
                .register(Destinations.ABOUT, (navigator, none) ->
                        new AboutScreen(i18n, services.browser(), AppVersion.current()))
                .register(Destinations.FEEDBACK, (navigator, topic) -> new QuestionnaireScreen(i18n, navigator, topic,
                        new QuestionnaireViewModel(services.feedback().questionnaire(), Topics.subjectOf(topic), services.feedback(),
                                services.background(), i18n::language)))
                .register(Destinations.DOCUMENT_REPORT, (navigator, topic) -> new DocumentReportScreen(i18n, navigator,
                        topic, new DocumentReportViewModel(Topics.subjectOf(topic), services.feedback(),
                                services.background(), i18n::language)))
                .register(Destinations.MY_FEEDBACK, (navigator, none) -> new MyFeedbackScreen(i18n,
                        services.clock().getZone(), new MyFeedbackViewModel(services.feedback(), services.background(),
                                subject -> subjectTitle(services, subject))));
    }

    /** Blocking: a procedure's catalogue title, an appointment's office; offices go by their id for now. */
    private static Optional<String> subjectTitle(AppServices services, FeedbackSubject subject) {
        return switch (subject.kind()) {
            case PROCEDURE -> services.procedures().catalogue().entry(subject.id()).map(CatalogueEntry::title);
            case BOOKING -> services.appointments().cache().findByReference(subject.id())
                    .map(appointment -> appointment.office().name());
            case OFFICE -> Optional.empty();
        };
    }

    private static Node feedbackSection(AppServices services, Navigator navigator, FeedbackTopic topic) {
        return new SubjectFeedbackSection(services.i18n(), navigator, topic, new SubjectFeedbackViewModel(
                Topics.subjectOf(topic), services.feedback(), services.background(),
                services.i18n()::language)).view();
    }
}
