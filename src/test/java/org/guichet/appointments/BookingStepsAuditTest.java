package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.guichet.a11y.AccessibilityAudit;
import org.guichet.app.AppServices;
import org.guichet.app.Appearance;
import org.guichet.app.Shell;
import org.guichet.directory.DirectoryImporter;
import org.guichet.directory.DirectoryStore;
import org.guichet.i18n.I18n;
import org.guichet.i18n.Language;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.navigation.ScreenRegistry;
import org.guichet.settings.Theme;
import org.guichet.storage.Database;
import org.guichet.testing.Fx;
import org.guichet.testing.Screenshots;
import org.guichet.home.HomeScreen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of booking at the real Verderonne town hall (demo gateway, bundled snapshot), the
 * recap, My appointments and the move screen, audited in every theme and language, at 100 % and
 * 200 % text and at 320 px, as ScreenAuditTest does for each screen's first state.
 */
@Timeout(600)
class BookingStepsAuditTest {

    private static final String VERDERONNE = "000e1df5-ae69-4a43-a52b-f6061bcc3707";

    @TempDir
    static Path home;

    private static AppServices services;
    private static Stage stage;

    @BeforeAll
    static void start() throws IOException {
        try (Database database = Database.open(home);
             InputStream dump = Files.newInputStream(Path.of("assets/annuaire/annuaire-snapshot.json.gz"))) {
            new DirectoryImporter(new DirectoryStore(database), Clock.systemUTC()).importDump(dump, "bundled-snapshot",
                    LocalDate.of(2026, 11, 23), OptionalLong.empty(), (done, total) -> { });
        }
        System.setProperty(AppServices.CLOCK_PROPERTY, "2026-11-23T09:00:00Z");
        Fx.startToolkit();
        services = AppServices.open(home, url -> { });
        System.clearProperty(AppServices.CLOCK_PROPERTY);
        Fx.run(() -> services.preferences().reduceMotionProperty().set(true));
    }

    @AfterAll
    static void stop() {
        Fx.run(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        services.close();
    }

    static Stream<Arguments> appearances() {
        List<Arguments> all = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (Language language : Language.values()) {
                all.add(Arguments.of(theme, language, 100, 400));
                all.add(Arguments.of(theme, language, 200, 400));
                all.add(Arguments.of(theme, language, 100, 320));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}% {3}px")
    @MethodSource("appearances")
    void everyStepPassesTheAudit(Theme theme, Language language, int textScale, int width) throws Exception {
        String suffix = String.join("-", theme.name().toLowerCase(), language.tag(), textScale + "pc", width + "px");
        AtomicReference<BookingFlow> flowRef = new AtomicReference<>();
        AtomicReference<MoveFlow> moveRef = new AtomicReference<>();
        AtomicReference<MyAppointments> mineRef = new AtomicReference<>();
        Navigator navigator = Fx.call(() -> {
            services.preferences().languageProperty().set(language);
            Navigator created = new Navigator(registry(flowRef, moveRef, mineRef));
            Shell shell = new Shell(services.i18n(), created, services.preferences().reduceMotionProperty(), true);
            Scene scene = new Scene(shell.root(), width, 860);
            Appearance.follow(scene, services.preferences());
            Appearance.apply(scene, theme, textScale, language);
            if (stage == null) {
                stage = new Stage();
            }
            stage.setScene(scene);
            stage.show();
            created.open(Destinations.BOOK_APPOINTMENT, VERDERONNE);
            return created;
        });
        List<String> failures = new ArrayList<>();
        BookingFlow flow = flowRef.get();
        waitFor(() -> flow.state().get() == LoadState.READY);
        check("book-1-reason-" + suffix, failures);

        Fx.run(() -> flow.chooseReason(flow.reasons().get(1)));
        check("book-2-mode-" + suffix, failures);

        Fx.run(() -> flow.chooseMode(BookingMode.PHONE));
        waitFor(() -> flow.state().get() == LoadState.READY);
        check("book-3-slots-" + suffix, failures);

        Fx.run(() -> {
            flow.chooseSlot(flow.slots().days().get(0).slots().get(0));
            flow.contact().email().set("camille@");
            flow.submitContact();
        });
        check("book-4-contact-" + suffix, failures);

        Fx.run(() -> {
            flow.contact().name().set("Camille Martin");
            // A long address is one word wider than the screen at 200 %: no layout can avoid breaking it.
            flow.contact().email().set("c.martin@mail.fr");
            flow.contact().phone().set("06 12 34 56 78");
            flow.contact().priorityReception().set(true);
            flow.submitContact();
        });
        check("book-5-review-" + suffix, failures);

        Fx.run(flow::confirm);
        waitFor(() -> flow.booked().get() != null);
        waitFor(() -> labelContains(flow.booked().get().reference()));
        check("recap-" + suffix, failures);

        Fx.run(() -> navigator.open(Destinations.MOVE_APPOINTMENT, flow.booked().get().reference()));
        waitFor(() -> moveRef.get().state().get() == LoadState.READY);
        check("move-" + suffix, failures);

        Fx.run(() -> navigator.showTab(Destinations.APPOINTMENTS));
        waitFor(() -> mineRef.get().state().get() == LoadState.READY && !mineRef.get().upcoming().isEmpty());
        check("myAppointments-" + suffix, failures);

        String token = flow.booked().get().bookingToken();
        services.gateway().client().cancel(token);
        assertThat(failures).isEmpty();
    }

    private static ScreenRegistry registry(AtomicReference<BookingFlow> flowRef, AtomicReference<MoveFlow> moveRef,
                                           AtomicReference<MyAppointments> mineRef) {
        I18n i18n = services.i18n();
        AppointmentServices appointments = services.appointments();
        AppointmentTexts texts = new AppointmentTexts(i18n, services.clock());
        return new ScreenRegistry()
                .register(Destinations.HOME, (navigator, none) -> new HomeScreen(i18n, navigator))
                .register(Destinations.BOOK_APPOINTMENT, (navigator, officeId) -> {
                    flowRef.set(new BookingFlow(officeId, appointments));
                    return new BookingScreen(i18n, navigator, services.browser(), flowRef.get(), texts, true);
                })
                .register(Destinations.APPOINTMENT, (navigator, reference) ->
                        new AppointmentScreen(i18n, navigator, new AppointmentRecap(reference, appointments), texts, true))
                .register(Destinations.MOVE_APPOINTMENT, (navigator, reference) -> {
                    moveRef.set(new MoveFlow(reference, appointments));
                    return new MoveAppointmentScreen(i18n, navigator, moveRef.get(), texts);
                })
                .register(Destinations.APPOINTMENTS, (navigator, none) -> {
                    mineRef.set(new MyAppointments(appointments));
                    return new AppointmentsScreen(i18n, navigator, mineRef.get(), new OfficeFinder(appointments),
                            services.reminders(), texts, true);
                });
    }

    private static boolean labelContains(String text) {
        return stage.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(node -> node instanceof Label label && label.getText().contains(text));
    }

    private static void check(String name, List<String> failures) {
        WaitForAsyncUtils.waitForFxEvents();
        failures.addAll(Fx.call(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> found = new ArrayList<>();
            AccessibilityAudit.audit(scene.getRoot()).forEach(violation -> found.add(name + ": " + violation));
            if (Screenshots.enabled()) {
                Screenshots.save(scene, name);
            }
            return found;
        }));
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!Fx.call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
