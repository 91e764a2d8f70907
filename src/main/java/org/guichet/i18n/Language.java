package org.guichet.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the app is translated into, French first. */
public enum Language {
    FRENCH(Locale.FRENCH),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    public boolean rightToLeft() {
        return false;
    }

    /** The language's name in its own script ("Français", "English"), as a language menu shows it. */
    public String nativeName() {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag().equals(tag)).findFirst();
    }

    /** The device language when the app speaks it, otherwise French. */
    public static Language forLocale(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(FRENCH);
    }
}
