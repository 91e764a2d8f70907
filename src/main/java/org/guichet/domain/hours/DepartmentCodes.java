package org.guichet.domain.hours;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Derives a département or overseas collectivité code ("75", "2A", "974", "987"…) from a commune's
 * INSEE code or from a postcode. Codes outside the territories {@link OfficeZones} knows (foreign
 * "99xxx" INSEE codes, Monaco's 980xx postcodes…) give nothing.
 */
public final class DepartmentCodes {
    private static final Pattern INSEE_COMMUNE_CODE = Pattern.compile("(\\d{2}|2[AB])\\d{3}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final String SAINT_BARTHELEMY_POSTCODE = "97133";
    private static final String SAINT_MARTIN_POSTCODE = "97150";

    private DepartmentCodes() {
    }

    /** "75056" → "75", "2A004" → "2A", "97411" → "974"; empty when the code is malformed or unknown. */
    public static Optional<String> fromInseeCommuneCode(String inseeCode) {
        if (inseeCode == null) {
            return Optional.empty();
        }
        String code = inseeCode.strip().toUpperCase(Locale.ROOT);
        if (!INSEE_COMMUNE_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return known(isOverseas(code) ? code.substring(0, 3) : code.substring(0, 2));
    }

    /**
     * Best effort: postcodes follow départements except in a few border communes. Corsican postcodes
     * 200xx–201xx are read as Corse-du-Sud (2A), the others as Haute-Corse (2B); Saint-Barthélemy and
     * Saint-Martin share Guadeloupe's 971 prefix.
     */
    public static Optional<String> fromPostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String code = postcode.strip();
        if (!POSTCODE.matcher(code).matches()) {
            return Optional.empty();
        }
        if (code.equals(SAINT_BARTHELEMY_POSTCODE)) {
            return Optional.of("977");
        }
        if (code.equals(SAINT_MARTIN_POSTCODE)) {
            return Optional.of("978");
        }
        if (code.startsWith("20")) {
            return Optional.of(code.charAt(2) <= '1' ? "2A" : "2B");
        }
        return known(isOverseas(code) ? code.substring(0, 3) : code.substring(0, 2));
    }

    private static Optional<String> known(String departmentCode) {
        return OfficeZones.zoneOf(departmentCode).isPresent() ? Optional.of(departmentCode) : Optional.empty();
    }

    private static boolean isOverseas(String code) {
        return code.startsWith("97") || code.startsWith("98");
    }
}
