package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import org.guichet.i18n.Language;
import org.guichet.navigation.Destinations;
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
 * Procedure pages with every section opened (appeal routes, the right to make a mistake, the full
 * official text and the details inside them) pass the accessibility audit: the screen audit sees
 * them closed only.
 */
@Timeout(300)
class ProcedurePageAuditTest {

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

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("F14929", Theme.LIGHT, Language.FRENCH, 200, 400),
                Arguments.of("F14929", Theme.DARK, Language.ENGLISH, 100, 320),
                Arguments.of("F19778", Theme.HIGH_CONTRAST, Language.FRENCH, 200, 400),
                Arguments.of("F1050", Theme.DARK, Language.FRENCH, 100, 320),
                Arguments.of("F2444", Theme.LIGHT, Language.ENGLISH, 200, 400),
                Arguments.of("F21091", Theme.LIGHT, Language.FRENCH, 100, 320),
                Arguments.of("F12567", Theme.DARK, Language.FRENCH, 200, 400));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}% {4}px")
    @MethodSource("pages")
    void everySectionOpenPassesTheAudit(String id, Theme theme, Language language, int textScale, int width) {
        stage.services().procedures().page(id);
        Navigator navigator = stage.show(theme, language, textScale, width);
        Fx.run(() -> navigator.open(Destinations.PROCEDURE, id));
        stage.settle();
        List<String> failures = Fx.call(() -> {
            Parent root = stage.scene().getRoot();
            while (openOneClosedSection(root)) {
                root.applyCss();
                root.layout();
            }
            List<String> found = stage.audit().stream().map(Object::toString).toList();
            if (Screenshots.enabled()) {
                Screenshots.saveWhole(((ScrollPane) root.lookup(".page-scroll")).getContent(), String.join("-",
                        "procedure-open", id, theme.name().toLowerCase(), language.tag(), textScale + "pc", width + "px"));
            }
            return found;
        });
        assertThat(failures).isEmpty();
    }

    private static boolean openOneClosedSection(Node node) {
        if (node instanceof ToggleButton toggle && node.getStyleClass().contains(ProcedureStyles.DISCLOSURE)
                && !toggle.isSelected()) {
            toggle.setSelected(true);
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (openOneClosedSection(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
