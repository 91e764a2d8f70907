package org.guichet.settings;

import org.guichet.i18n.Language;

/** What the user chose on the Settings screen. Text scale is a percentage from 100 to 200. */
public record Settings(Language language, int textScale, Theme theme, boolean reduceMotion) {

    public static final int MIN_TEXT_SCALE = 100;
    public static final int MAX_TEXT_SCALE = 200;

    public Settings {
        textScale = Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, textScale));
    }

    public static Settings defaults(Language language) {
        return new Settings(language, MIN_TEXT_SCALE, Theme.LIGHT, false);
    }
}
