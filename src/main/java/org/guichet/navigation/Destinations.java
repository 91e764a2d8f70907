package org.guichet.navigation;

import java.util.List;

/** The app's destinations. The first five are the bottom-navigation tabs, in their order. */
public final class Destinations {

    public static final Destination<Void> HOME = Destination.of("home");
    public static final Destination<Void> DIRECTORY = Destination.of("directory");
    public static final Destination<Void> PROCEDURES = Destination.of("procedures");
    public static final Destination<Void> APPOINTMENTS = Destination.of("appointments");
    public static final Destination<Void> MY_SPACE = Destination.of("mySpace");
    public static final Destination<Void> SETTINGS = Destination.of("settings");
    public static final Destination<Void> ABOUT = Destination.of("about");
    /** What the app keeps about the user on this device, and deleting it. */
    public static final Destination<Void> MY_DATA = Destination.of("myData");
    /** Search from the home screen, with the words typed. */
    public static final Destination<String> SEARCH = Destination.of("search");
    /** A procedure page, with the fiche's ID ("F14929"). */
    public static final Destination<String> PROCEDURE = Destination.of("procedure");
    /** The publications of one catalogue theme, with the theme's name ("Papiers - Citoyenneté"). */
    public static final Destination<String> PROCEDURE_THEME = Destination.of("procedureTheme");
    /** The booking flow for an office, by its annuaire id. */
    public static final Destination<String> BOOK_APPOINTMENT = Destination.of("bookAppointment");
    /** The recap (receipt) of a booking kept on the device, by its reference. */
    public static final Destination<String> APPOINTMENT = Destination.of("appointment");
    /** Moving a booking to another day or time, by its reference. */
    public static final Destination<String> MOVE_APPOINTMENT = Destination.of("moveAppointment");
    /** One office of the directory, by its annuaire id. */
    public static final Destination<String> OFFICE = Destination.of("office");
    /** The "Je donne mon avis" questionnaire about a procedure, an office or an appointment. */
    public static final Destination<FeedbackTopic> FEEDBACK = Destination.of("feedback");
    /** "Signaler un document difficile à comprendre" about a procedure. */
    public static final Destination<FeedbackTopic> DOCUMENT_REPORT = Destination.of("documentReport");
    /** The opinions and reports kept on this device, with where each stands. */
    public static final Destination<Void> MY_FEEDBACK = Destination.of("myFeedback");

    public static final List<Destination<Void>> TABS = List.of(HOME, DIRECTORY, PROCEDURES, APPOINTMENTS, MY_SPACE);

    private Destinations() {
    }
}
