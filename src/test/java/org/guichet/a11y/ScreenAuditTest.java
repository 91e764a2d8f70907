package org.guichet.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guichet.app.Screens;
import org.guichet.i18n.Language;
import org.guichet.navigation.Destination;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.settings.Theme;
import org.guichet.testing.AuditStage;
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
            Destinations.PROCEDURE, "F14929",
            Destinations.PROCEDURE_THEME, "Papiers - Citoyenneté",
            Destinations.BOOK_APPOINTMENT, "000e1df5-ae69-4a43-a52b-f6061bcc3707",
            Destinations.APPOINTMENT, "RDV-SAMPLE",
            Destinations.MOVE_APPOINTMENT, "RDV-SAMPLE",
            Destinations.OFFICE, "000e1df5-ae69-4a43-a52b-f6061bcc3707",
            Destinations.FEEDBACK, FeedbackTopic.procedure("F14929", "Passeport d'un majeur : première demande"),
            Destinations.DOCUMENT_REPORT, FeedbackTopic.procedure("F14929", "Passeport d'un majeur : première demande"));

    @TempDir
    static Path home;

    private static AuditStage stage;

    @BeforeAll
    static void start() {
        stage = new AuditStage(home);
    }

    @AfterAll
    static void stop() {
        stage.close();
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
        Navigator navigator = stage.show(theme, language, textScale, width);
        List<String> failures = new ArrayList<>();
        for (Destination<?> destination : Screens.registry(stage.services()).destinations()) {
            Fx.run(() -> show(navigator, destination));
            if (destination == Destinations.SEARCH) {
                stage.settle();
            } else {
                stage.settleQueued();
            }
            failures.addAll(Fx.call(() -> {
                List<AccessibilityAudit.Violation> violations = stage.audit();
                if (Screenshots.enabled()) {
                    Screenshots.save(stage.scene(), String.join("-", destination.name(), theme.name().toLowerCase(),
                            language.tag(), textScale + "pc", width + "px"));
                }
                return violations.stream().map(violation -> destination + ": " + violation).toList();
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
