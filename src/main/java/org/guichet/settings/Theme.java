package org.guichet.settings;

/** A colour theme; each maps to a style class that selects its tokens in the app stylesheet. */
public enum Theme {
    LIGHT("settings.theme.light", "theme-light"),
    DARK("settings.theme.dark", "theme-dark"),
    HIGH_CONTRAST("settings.theme.highContrast", "theme-high-contrast");

    private final String labelKey;
    private final String styleClass;

    Theme(String labelKey, String styleClass) {
        this.labelKey = labelKey;
        this.styleClass = styleClass;
    }

    public String labelKey() {
        return labelKey;
    }

    public String styleClass() {
        return styleClass;
    }
}
