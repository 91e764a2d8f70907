package org.guichet.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.guichet.app.AppServices;
import org.guichet.app.Appearance;
import org.guichet.app.Screens;
import org.guichet.app.Shell;
import org.guichet.i18n.Language;
import org.guichet.navigation.Destination;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.navigation.ScreenRegistry;
import org.guichet.settings.Theme;
import org.guichet.testing.BackgroundWork;
import org.guichet.testing.Fx;
import org.guichet.testing.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered screen, in every theme and language, must pass the accessibility audit on a
 * phone (400 px) at 100 % and 200 % text, and on the narrowest supported width (320 px, WCAG
 * reflow) at 100 %.
 */
@Timeout(300)
class ScreenAuditTest {

    /** Arguments for destinations that need one; a new such destination must add its sample here. */
    private static final Map<Destination<?>, Object> SAMPLE_ARGUMENTS = Map.of(
            Destinations.SEARCH, "mairie de Verderonne",
            Destinations.OFFICE, "000e1df5-ae69-4a43-a52b-f6061bcc3707");

    @TempDir
    static Path home;

    private static AppServices services;
    private static Stage stage;

    @BeforeAll
    static void start() {
        Fx.startToolkit();
        services = AppServices.open(home, url -> { });
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
    void everyScreenPassesTheAudit(Theme theme, Language language, int textScale, int width) {
        Fx.run(() -> services.preferences().languageProperty().set(language));
        ScreenRegistry registry = Screens.registry(services);
        Navigator navigator = Fx.call(() -> new Navigator(registry));
        Scene scene = Fx.call(() -> {
            Shell shell = new Shell(services.i18n(), navigator, services.preferences().reduceMotionProperty());
            Scene shown = new Scene(shell.root(), width, 860);
            Appearance.follow(shown, services.preferences());
            Appearance.apply(shown, theme, textScale, language);
            if (stage == null) {
                stage = new Stage();
            }
            stage.setScene(shown);
            stage.show();
            return shown;
        });
        List<String> failures = new ArrayList<>();
        for (Destination<?> destination : registry.destinations()) {
            Fx.run(() -> show(navigator, destination));
            BackgroundWork.settle(services.background());
            failures.addAll(Fx.call(() -> {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                List<String> found = new ArrayList<>();
                AccessibilityAudit.audit(scene.getRoot())
                        .forEach(violation -> found.add(destination + ": " + violation));
                if (Screenshots.enabled()) {
                    Screenshots.save(scene, String.join("-", destination.name(), theme.name().toLowerCase(),
                            language.tag(), textScale + "pc", width + "px"));
                }
                return found;
            }));
        }
        assertThat(failures).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void show(Navigator navigator, Destination<?> destination) {
        if (Destinations.TABS.contains(destination)) {
            navigator.showTab((Destination<Void>) destination);
        } else {
            navigator.showTab(Destinations.HOME);
            navigator.open((Destination<Object>) destination, SAMPLE_ARGUMENTS.get(destination));
        }
    }
}
