package org.guichet.domain.office;

/** Wheelchair access to an address, as coded by the annuaire ({@code accessibilite}). */
public enum Accessibility {
    /** "ACC": accessible on one's own. */
    ACCESSIBLE("ACC"),
    /** "NAC": not accessible. */
    NOT_ACCESSIBLE("NAC"),
    /** "DEM": accessible with help from staff, on request. */
    ON_REQUEST("DEM"),
    /** No code, or a code this version does not know. */
    UNKNOWN("");

    private final String code;

    Accessibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Case-insensitive; anything unknown (including null) is {@link #UNKNOWN}. */
    public static Accessibility fromCode(String code) {
        if (code != null) {
            for (Accessibility value : values()) {
                if (value.code.equalsIgnoreCase(code.strip())) {
                    return value;
                }
            }
        }
        return UNKNOWN;
    }
}
