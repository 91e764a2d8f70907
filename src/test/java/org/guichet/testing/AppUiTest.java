package org.guichet.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.guichet.a11y.AccessibleNames;
import org.guichet.app.GuichetApp;
import org.guichet.platform.AppHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app, headless, on a fresh data home, and drives it the way a screen-reader user
 * does: controls are found by the name they announce, never by CSS id or position.
 */
@Timeout(120)
public abstract class AppUiTest {

    @TempDir
    protected Path home;

    private static final int MAX_TABS = 120;

    protected final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeEach
    void launchApp() throws TimeoutException {
        Locale.setDefault(Locale.FRENCH);
        startApp();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        stopApp();
    }

    /** Quits and starts the app again on the same data home, as a user reopening it would. */
    protected void restartApp() throws TimeoutException {
        stopApp();
        startApp();
    }

    /**
     * Runs before each start of the app (the first and every restart), once the data home is set:
     * set system properties such as {@code guichet.clock}, or prepare data in {@link #home}.
     */
    protected void beforeAppStarts() {
    }

    private void startApp() throws TimeoutException {
        System.setProperty(AppHome.PROPERTY, home.toString());
        beforeAppStarts();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(GuichetApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
        System.clearProperty(AppHome.PROPERTY);
    }

    protected Scene scene() {
        return Fx.call(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst().orElseThrow().getScene());
    }

    /** The one visible control that announces itself as {@code name}. */
    protected Node named(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> found = Fx.call(() -> {
            List<Node> matches = new ArrayList<>();
            collect(scene().getRoot(), node -> name.equals(AccessibleNames.of(node)) && !(node instanceof Text)
                    && !(node instanceof Label label && label.getLabelFor() != null), matches);
            return matches;
        });
        if (found.size() != 1) {
            throw new AssertionError(found.isEmpty() ? "Nothing named \"" + name + "\" on screen; visible texts: " + visibleTexts()
                    : found.size() + " controls named \"" + name + "\"");
        }
        return found.get(0);
    }

    protected boolean isShown(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return Fx.call(() -> {
            List<Node> matches = new ArrayList<>();
            collect(scene().getRoot(), node -> name.equals(AccessibleNames.of(node)), matches);
            return !matches.isEmpty();
        });
    }

    /** Clicks the control named {@code name}, scrolling it into view first as a user would. */
    protected void clickOn(String name) {
        Node node = named(name);
        reveal(node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the keyboard focus in the field named {@code name} and types {@code text}. */
    protected void typeInto(String name, String text) {
        clickOn(name);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The accessible name of the control that has the keyboard focus. */
    protected String focusedName() {
        return Fx.call(() -> {
            Node focused = scene().getFocusOwner();
            return focused == null ? "" : AccessibleNames.of(focused);
        });
    }

    /** Whether the whole of the control named {@code name} is inside the visible part of the window. */
    protected boolean isFullyInView(String name) {
        Node node = named(name);
        return Fx.call(() -> {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    Bounds area = scroll.localToScene(scroll.getLayoutBounds());
                    if (bounds.getMinY() < area.getMinY() || bounds.getMaxY() > area.getMaxY()) {
                        return false;
                    }
                }
            }
            return true;
        });
    }

    /** Moves the keyboard focus forward with Tab until it reaches the control named {@code name}. */
    protected void tabTo(String name) {
        tabUntil(name::equals, name);
    }

    /** Moves the keyboard focus forward with Tab to the first control whose name starts with {@code prefix}. */
    protected void tabToStartingWith(String prefix) {
        tabUntil(focused -> focused.startsWith(prefix), prefix + "…");
    }

    private void tabUntil(Predicate<String> wanted, String description) {
        List<String> passed = new ArrayList<>();
        for (int step = 0; step < MAX_TABS && !wanted.test(focusedName()); step++) {
            passed.add(focusedName());
            press(KeyCode.TAB);
        }
        if (!wanted.test(focusedName())) {
            throw new AssertionError("Tab never reached \"" + description + "\"; focus went through " + passed);
        }
    }

    /** Tabs to the control named {@code name} and presses Space on it, as a keyboard user does. */
    protected void activate(String name) {
        tabTo(name);
        press(KeyCode.SPACE);
    }

    /** Tabs to the field named {@code name} and types {@code text} into it. */
    protected void typeWithKeyboard(String name, String text) {
        tabTo(name);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 30 seconds) until {@code text} is visible: for answers that come from the network. */
    protected void waitForText(String text) {
        waitUntil(() -> visibleTexts().contains(text), "\"" + text + "\" on screen");
    }

    protected void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, "the expected screen");
    }

    protected void waitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited in vain for " + what + "; visible texts: " + visibleTexts());
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    protected void press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The title of the current screen, as announced at the top. */
    protected String screenTitle() {
        return Fx.call(() -> ((Labeled) scene().getRoot().lookup(".screen-title")).getText());
    }

    /** Every text a sighted user can see on the current screen, top to bottom. */
    protected List<String> visibleTexts() {
        return Fx.call(() -> {
            List<Node> texts = new ArrayList<>();
            collect(scene().getRoot(), node -> node instanceof Labeled labeled && !labeled.getText().isBlank(), texts);
            return texts.stream().map(node -> ((Labeled) node).getText()).toList();
        });
    }

    private static void collect(Node node, Predicate<Node> test, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        if (test.test(node)) {
            into.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, test, into));
        }
    }

    private static void reveal(Node node) {
        Fx.run(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    if (contentHeight > viewport) {
                        double target = Math.max(0, inContent.getMinY() - viewport / 3);
                        scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
                    }
                    scroll.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
