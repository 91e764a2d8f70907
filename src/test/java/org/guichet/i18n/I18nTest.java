package org.guichet.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

class I18nTest {

    @Test
    void textsFollowTheLanguageWithoutRestart() {
        I18n i18n = new I18n(Language.FRENCH);
        StringBinding title = i18n.text("settings.title");
        assertThat(title.get()).isEqualTo("Paramètres");
        i18n.setLanguage(Language.ENGLISH);
        assertThat(title.get()).isEqualTo("Settings");
    }

    @Test
    void observableArgumentsAreReadAtEachEvaluation() {
        I18n i18n = new I18n(Language.FRENCH);
        SimpleIntegerProperty scale = new SimpleIntegerProperty(100);
        StringBinding label = i18n.text("settings.textSize.value", scale);
        assertThat(label.get()).isEqualTo("Taille du texte : 100 %");
        scale.set(150);
        assertThat(label.get()).isEqualTo("Taille du texte : 150 %");
    }

    @Test
    void apostrophesSurviveFormatting() {
        I18n i18n = new I18n(Language.FRENCH);
        assertThat(i18n.get("directory.near.unknownPlace", "Atlantide")).contains("d'une commune")
                .contains("« Atlantide »");
    }

    @Test
    void aMissingKeyIsAnError() {
        I18n i18n = new I18n(Language.FRENCH);
        assertThatThrownBy(() -> i18n.get("no.such.key")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void languagesAreNamedInTheirOwnScript() {
        assertThat(Language.FRENCH.nativeName()).isEqualTo("Français");
        assertThat(Language.ENGLISH.nativeName()).isEqualTo("English");
    }

    @Test
    void theDeviceLanguageIsUsedWhenTheAppSpeaksIt() {
        assertThat(Language.forLocale(Locale.ENGLISH)).isEqualTo(Language.ENGLISH);
        assertThat(Language.forLocale(Locale.CANADA_FRENCH)).isEqualTo(Language.FRENCH);
        assertThat(Language.forLocale(Locale.JAPANESE)).isEqualTo(Language.FRENCH);
    }
}
