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
    /** Search from the home screen, with the words typed. */
    public static final Destination<String> SEARCH = Destination.of("search");
    /** One office of the directory, by its annuaire id. */
    public static final Destination<String> OFFICE = Destination.of("office");

    public static final List<Destination<Void>> TABS = List.of(HOME, DIRECTORY, PROCEDURES, APPOINTMENTS, MY_SPACE);

    private Destinations() {
    }
}
