package org.guichet.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.guichet.ui.Screen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NavigatorTest {

    private static final Destination<String> DETAIL = Destination.of("detail");

    private Navigator navigator;
    private int homeScreensBuilt;

    /** A screen that only has a title: enough to follow the stack. */
    private record Titled(String name) implements Screen {
        @Override
        public ObservableStringValue title() {
            return new SimpleStringProperty(name);
        }

        @Override
        public Node view() {
            return null;
        }
    }

    @BeforeEach
    void setUp() {
        ScreenRegistry registry = new ScreenRegistry();
        registry.register(Destinations.HOME, (nav, none) -> {
            homeScreensBuilt++;
            return new Titled("home");
        });
        for (Destination<Void> tab : Destinations.TABS.subList(1, Destinations.TABS.size())) {
            registry.register(tab, (nav, none) -> new Titled(tab.name()));
        }
        registry.register(DETAIL, (nav, argument) -> new Titled("detail " + argument));
        navigator = new Navigator(registry);
    }

    @Test
    void startsAtHomeWithNowhereToGoBack() {
        assertThat(title()).isEqualTo("home");
        assertThat(navigator.canGoBack().get()).isFalse();
        assertThat(navigator.back()).isFalse();
    }

    @Test
    void aTabSitsOnHomeSoBackReturnsHome() {
        navigator.showTab(Destinations.DIRECTORY);
        assertThat(title()).isEqualTo("directory");
        assertThat(navigator.back()).isTrue();
        assertThat(title()).isEqualTo("home");
    }

    @Test
    void pushedScreensGetTheirArgumentAndStayInTheirTab() {
        navigator.showTab(Destinations.DIRECTORY);
        navigator.open(DETAIL, "mairie-60669-01");
        assertThat(title()).isEqualTo("detail mairie-60669-01");
        assertThat(navigator.currentTab()).isEqualTo(Destinations.DIRECTORY);
        navigator.back();
        assertThat(title()).isEqualTo("directory");
    }

    @Test
    void choosingATabClearsWhatWasOpenedAbove() {
        navigator.open(DETAIL, "a");
        navigator.open(DETAIL, "b");
        navigator.showTab(Destinations.PROCEDURES);
        navigator.back();
        assertThat(title()).isEqualTo("home");
        assertThat(navigator.canGoBack().get()).isFalse();
    }

    @Test
    void tabScreensAreKeptBetweenVisits() {
        navigator.showTab(Destinations.DIRECTORY);
        navigator.showTab(Destinations.HOME);
        navigator.showTab(Destinations.DIRECTORY);
        assertThat(homeScreensBuilt).isEqualTo(1);
    }

    @Test
    void tabsAreNotPushedAndUnknownDestinationsAreRefused() {
        assertThatThrownBy(() -> navigator.open(Destinations.DIRECTORY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigator.open(Destination.<Void>of("nowhere"))).isInstanceOf(IllegalArgumentException.class);
    }

    private String title() {
        return navigator.currentProperty().get().screen().title().get();
    }
}
