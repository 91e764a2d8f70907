package org.guichet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.Test;

/** The shell driven by accessible names: tabs, back keys, settings that apply at once and persist. */
class ShellUiTest extends AppUiTest {

    @Test
    void tabsAndBackKeysMoveBetweenScreens() {
        assertThat(screenTitle()).isEqualTo("Accueil");
        clickOn("Annuaire");
        assertThat(screenTitle()).isEqualTo("Annuaire");
        press(KeyCode.ESCAPE);
        assertThat(screenTitle()).isEqualTo("Accueil");

        clickOn("Démarches");
        assertThat(screenTitle()).isEqualTo("Démarches");
        press(KeyCode.ALT, KeyCode.LEFT);
        assertThat(screenTitle()).isEqualTo("Accueil");

        clickOn("Paramètres");
        assertThat(screenTitle()).isEqualTo("Paramètres");
        clickOn("Retour");
        assertThat(screenTitle()).isEqualTo("Accueil");
        assertThat(isShown("Retour")).as("no back button on the root screen").isFalse();
    }

    @Test
    void theKeyboardFocusIsScrolledIntoViewAtLargeText() {
        clickOn("Paramètres");
        for (int step = 0; step < 10; step++) {
            clickOn("Texte plus grand");
        }
        assertThat(visibleTexts()).contains("Taille du texte : 200 %");
        press(KeyCode.ESCAPE);
        assertThat(isFullyInView("À propos de Guichet")).as("below the fold before tabbing").isFalse();
        for (int step = 0; step < 30 && !focusedName().equals("À propos de Guichet"); step++) {
            press(KeyCode.TAB);
        }
        assertThat(focusedName()).isEqualTo("À propos de Guichet");
        assertThat(isFullyInView("À propos de Guichet")).isTrue();
    }

    @Test
    void mySpaceSaysWhatIsNotYetPossibleWithoutFakeData() {
        clickOn("Mon espace");
        assertThat(visibleTexts()).anyMatch(text -> text.startsWith("Bientôt, vous pourrez vous connecter avec FranceConnect"));
    }

    @Test
    void languageSwitchesAtOnceAndIsKeptAfterRestart() throws TimeoutException {
        clickOn("Langue, taille du texte et thème");
        clickOn("English");
        assertThat(screenTitle()).isEqualTo("Settings");
        assertThat(isShown("Directory")).isTrue();

        restartApp();
        assertThat(screenTitle()).isEqualTo("Home");
        assertThat(visibleTexts()).contains("Welcome to Guichet");
    }

    @Test
    void textSizeAndThemeApplyAtOnceAndAreKept() throws TimeoutException {
        clickOn("Paramètres");
        clickOn("Texte plus grand");
        clickOn("Texte plus grand");
        assertThat(visibleTexts()).contains("Taille du texte : 120 %");
        clickOn("Sombre");
        assertThat(rootStyle()).contains("-fx-font-size: 19.2px");
        assertThat(rootStyleClasses()).contains("theme-dark");

        restartApp();
        assertThat(rootStyle()).contains("-fx-font-size: 19.2px");
        assertThat(rootStyleClasses()).contains("theme-dark");
        clickOn("Paramètres");
        assertThat(visibleTexts()).contains("Taille du texte : 120 %");
    }

    @Test
    void anEmptySearchSaysWhatToTypeAndASearchOpensResults() {
        clickOn("Rechercher");
        String advice = "Saisissez au moins un mot, par exemple « mairie » ou « passeport ».";
        assertThat(visibleTexts()).contains(advice);
        TextField field = (TextField) named("Rechercher un service public ou une démarche");
        assertThat(Fx.call(field::getAccessibleHelp)).isEqualTo(advice);

        typeInto("Rechercher un service public ou une démarche", "mairie");
        assertThat(visibleTexts()).doesNotContain(advice);
        press(KeyCode.ENTER);
        assertThat(screenTitle()).isEqualTo("Recherche");
        waitUntil(() -> visibleTexts().contains("Résultats pour « mairie »"));
    }

    @Test
    void startUpTimeIsLoggedAtTheFirstFrame() throws TimeoutException {
        List<String> messages = new ArrayList<>();
        Logger logger = Logger.getLogger(StartupProbe.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(java.text.MessageFormat.format(record.getMessage(), record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            restartApp();
            assertThat(messages).anyMatch(message -> message.matches("First frame at JVM uptime \\d+ ms"));
        } finally {
            logger.removeHandler(handler);
        }
    }

    private String rootStyle() {
        return Fx.call(() -> scene().getRoot().getStyle());
    }

    private List<String> rootStyleClasses() {
        return Fx.call(() -> List.copyOf(scene().getRoot().getStyleClass()));
    }
}
