package org.guichet.app;

import org.guichet.about.AboutScreen;
import org.guichet.directory.DirectoryScreen;
import org.guichet.directory.OfficeActions;
import org.guichet.directory.OfficeScreen;
import org.guichet.home.HomeScreen;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.ScreenRegistry;
import org.guichet.search.ProcedureResults;
import org.guichet.search.ProcedureSearch;
import org.guichet.settings.SettingsScreen;
import org.guichet.ui.PlannedScreen;

/** Wires every destination to its screen. */
public final class Screens {

    private Screens() {
    }

    public static ScreenRegistry registry(AppServices services) {
        I18n i18n = services.i18n();
        ProcedureResults procedures = new ProcedureResults(i18n, services.browser(),
                new ProcedureSearch(services.background()));
        return new ScreenRegistry()
                .register(Destinations.HOME, (navigator, none) -> new HomeScreen(i18n, navigator))
                .register(Destinations.DIRECTORY, (navigator, none) ->
                        new DirectoryScreen(services.directory(), navigator))
                .register(Destinations.PROCEDURES, (navigator, none) ->
                        new PlannedScreen(i18n, "procedures.title", i18n.text("procedures.planned")))
                .register(Destinations.APPOINTMENTS, (navigator, none) ->
                        new PlannedScreen(i18n, "appointments.title", i18n.text("appointments.planned")))
                .register(Destinations.MY_SPACE, (navigator, none) ->
                        new PlannedScreen(i18n, "mySpace.title", i18n.text("mySpace.planned")))
                .register(Destinations.SEARCH, (navigator, query) ->
                        new DirectoryScreen(services.directory(), navigator, "search.title", query, procedures))
                .register(Destinations.OFFICE, (navigator, officeId) ->
                        new OfficeScreen(services.directory(), officeId, OfficeActions.NONE))
                .register(Destinations.SETTINGS, (navigator, none) -> new SettingsScreen(i18n, services.preferences()))
                .register(Destinations.ABOUT, (navigator, none) ->
                        new AboutScreen(i18n, services.browser(), AppVersion.current()));
    }
}
