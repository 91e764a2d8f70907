package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.guichet.a11y.AccessibilityAudit;
import org.guichet.app.AppServices;
import org.guichet.app.Appearance;
import org.guichet.app.Screens;
import org.guichet.app.Shell;
import org.guichet.i18n.Language;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.settings.Theme;
import org.guichet.testing.Fx;
import org.guichet.testing.Screenshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Procedure pages with every section opened (appeal routes, the right to make a mistake, the full
 * official text and the details inside them) pass the accessibility audit: the screen audit sees
 * them closed only.
 */
@Timeout(300)
class ProcedurePageAuditTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        services.procedures().page(id);
        Scene scene = Fx.call(() -> {
            services.preferences().languageProperty().set(language);
            Navigator navigator = new Navigator(Screens.registry(services));
            Shell shell = new Shell(services.i18n(), navigator, services.preferences().reduceMotionProperty());
            Scene shown = new Scene(shell.root(), width, 860);
            Appearance.follow(shown, services.preferences());
            Appearance.apply(shown, theme, textScale, language);
            if (stage == null) {
                stage = new Stage();
            }
            stage.setScene(shown);
            stage.show();
            navigator.open(Destinations.PROCEDURE, id);
            return shown;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> failures = Fx.call(() -> {
            while (openOneClosedSection(scene.getRoot())) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            List<String> found = new ArrayList<>();
            AccessibilityAudit.audit(scene.getRoot()).forEach(violation -> found.add(violation.toString()));
            if (Screenshots.enabled()) {
                ScrollPane page = (ScrollPane) scene.getRoot().lookup(".page-scroll");
                saveWholePage(page.getContent(), String.join("-", "procedure-open", id, theme.name().toLowerCase(),
                        language.tag(), textScale + "pc", width + "px"));
            }
            return found;
        });
        assertThat(failures).isEmpty();
    }

    /** The page from top to bottom, beyond the window's height, for a reviewer to look at. */
    private static void saveWholePage(Node page, String name) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(page.getScene().getRoot() instanceof Region root && root.getBackground() != null
                ? root.getBackground().getFills().get(0).getFill() : Color.WHITE);
        WritableImage image = page.snapshot(parameters, null);
        BufferedImage png = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(png, "png", SCREENSHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
