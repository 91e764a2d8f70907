package org.guichet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import org.guichet.appointments.AppointmentCache;
import org.guichet.appointments.AppointmentServices;
import org.guichet.appointments.CalendarExport;
import org.guichet.appointments.FxAsync;
import org.guichet.appointments.GatewayAccess;
import org.guichet.appointments.GatewayAddress;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.InAppReminders;
import org.guichet.appointments.StoredOfficeDirectory;
import org.guichet.directory.DirectoryStore;
import org.guichet.feedback.FeedbackServices;
import org.guichet.directory.DirectoryServices;
import org.guichet.i18n.I18n;
import org.guichet.i18n.Language;
import org.guichet.platform.Background;
import org.guichet.platform.Browser;
import org.guichet.platform.GatewayReachability;
import org.guichet.procedures.FeedAddress;
import org.guichet.procedures.ProcedureRepository;
import org.guichet.settings.Preferences;
import org.guichet.settings.Settings;
import org.guichet.settings.SettingsStore;
import org.guichet.storage.Database;

/** The long-lived services the screens share, opened at start-up and closed on exit. */
public final class AppServices implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AppServices.class.getName());

    /** {@code -Dguichet.clock=2026-07-14T08:00:00Z} fixes "now" (tests, demos, screenshots). */
    public static final String CLOCK_PROPERTY = "guichet.clock";

    /**
     * {@code -Dguichet.gateway.url=https://…} books with that gateway (https), or a sandbox gateway
     * run outside the app at a loopback {@code http://127.0.0.1:…} URL (tests); without it the
     * app is in demo mode and books with the embedded sandbox gateway.
     */
    public static final String GATEWAY_URL_PROPERTY = "guichet.gateway.url";

    private final Path home;
    private final Clock clock;
    private final Database database;
    private final Background background = new Background();
    private final Preferences preferences;
    private final I18n i18n;
    private final Browser browser;
    private final ProcedureRepository procedures;
    private final DemoGateway demoGateway;
    private final GatewayAccess gateway;
    private final InAppReminders reminders = new InAppReminders();
    private final AppointmentServices appointments;
    private final GatewayReachability reachability = new GatewayReachability();
    private final FeedbackServices feedback;
    private final DirectoryServices directory;

    private AppServices(Path home, Consumer<String> desktopBrowser) {
        this.home = home;
        this.clock = clockFromProperty();
        this.database = Database.open(home);
        this.procedures = ProcedureRepository.open(home, clock, FeedAddress.configured());
        SettingsStore settingsStore = new SettingsStore(database);
        Settings settings = settingsStore.load(Settings.defaults(Language.forLocale(Locale.getDefault())));
        this.preferences = new Preferences(settings, changed -> background.run(() -> {
            settingsStore.save(changed);
            return changed;
        }, saved -> { }, error -> LOG.log(System.Logger.Level.WARNING, "Settings not saved")));
        this.i18n = new I18n(settings.language());
        preferences.languageProperty().addListener((observable, before, language) -> i18n.setLanguage(language));
        this.browser = new Browser(desktopBrowser);
        String gatewayUrl = System.getProperty(GATEWAY_URL_PROPERTY, "");
        if (gatewayUrl.isBlank()) {
            this.demoGateway = new DemoGateway(home, clock);
            this.gateway = new GatewayAccess(true, demoGateway::connect);
        } else {
            GatewayAddress address = configuredAddress(gatewayUrl);
            this.demoGateway = null;
            this.gateway = new GatewayAccess(address.isSandbox(), () -> GatewayClient.create(address));
        }
        this.appointments = new AppointmentServices(new FxAsync(background, reachability), gateway,
                new StoredOfficeDirectory(new DirectoryStore(database)), new AppointmentCache(database), clock,
                new CalendarExport(exportsFolder(), clock), reminders);
        this.directory = DirectoryServices.open(database, background, clock, i18n, browser);
        this.feedback = FeedbackServices.open(Database.open(home), clock, () -> gateway.client().address(),
                gateway.isDemo(), reachability);
    }

    /** An https gateway; or a sandbox gateway run outside the app on loopback http (tests, demos). */
    private static GatewayAddress configuredAddress(String url) {
        return url.startsWith("http://") ? GatewayAddress.sandbox(url) : GatewayAddress.remote(url);
    }

    /** Opens the database in {@code home} (created if needed) and loads the saved settings. */
    public static AppServices open(Path home, Consumer<String> desktopBrowser) {
        return new AppServices(home, desktopBrowser);
    }

    private static Clock clockFromProperty() {
        String fixed = System.getProperty(CLOCK_PROPERTY, "");
        return fixed.isBlank() ? Clock.systemDefaultZone() : Clock.fixed(Instant.parse(fixed), ZoneId.systemDefault());
    }

    /** The time source every feature reads "now" from. */
    public Clock clock() {
        return clock;
    }

    /** Where files the user asked for (calendar entries) are written. */
    public Path exportsFolder() {
        return home.resolve("exports");
    }

    public Path home() {
        return home;
    }

    public Database database() {
        return database;
    }

    public Background background() {
        return background;
    }

    public Preferences preferences() {
        return preferences;
    }

    public I18n i18n() {
        return i18n;
    }

    public Browser browser() {
        return browser;
    }

    /** The procedures content (catalogue and fiches, shipped or downloaded), kept in memory once loaded. */
    public ProcedureRepository procedures() {
        return procedures;
    }

    /** The gateway appointments are booked with; {@link GatewayAccess#isDemo()} in demo mode. */
    public GatewayAccess gateway() {
        return gateway;
    }

    /** What the appointment screens' view-models share. */
    public AppointmentServices appointments() {
        return appointments;
    }

    /** The in-app reminder centre. */
    public InAppReminders reminders() {
        return reminders;
    }

    /** Features call {@link GatewayReachability#succeeded()} after any gateway request that worked. */
    public GatewayReachability reachability() {
        return reachability;
    }

    /** "Je donne mon avis": outbox, sender and satisfaction scores. */
    public FeedbackServices feedback() {
        return feedback;
    }

    /** Work that waits for the first frame: sending the opinions that waited since the last run. */
    public void startAfterFirstFrame() {
        background.run(() -> {
            feedback.start();
            return Boolean.TRUE;
        }, started -> { }, error -> LOG.log(System.Logger.Level.WARNING, "Feedback sending not started"));
    }

    /** The offline directory and its online lookups, shared by every directory screen. */
    public DirectoryServices directory() {
        return directory;
    }

    @Override
    public void close() {
        feedback.close();
        if (demoGateway != null) {
            demoGateway.close();
        }
        background.close();
        database.close();
    }
}
