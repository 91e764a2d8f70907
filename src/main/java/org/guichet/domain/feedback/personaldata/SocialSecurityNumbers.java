package org.guichet.domain.feedback.personaldata;

import static org.guichet.domain.feedback.personaldata.PatternDetector.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * NIR (numéro de sécurité sociale): 13 characters, sex, year, month, department (2A/2B for
 * Corsica), commune, birth order, then an optional 2-digit key, grouped as on the carte Vitale
 * ("1 85 05 78 006 084 91") or unbroken. With a key, the key must be right (97 minus the number
 * mod 97, with 2A read as 19 and 2B as 18); without one, the number must look like a NIR
 * (plausible month, department and birth order).
 */
final class SocialSecurityNumbers {

    private static final String SEP = Separators.ONE + "?";
    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + data("[1-478]" + SEP + "\\d{2}" + SEP + "\\d{2}" + SEP + "(?:\\d{2}|2[AB])" + SEP + "\\d{3}" + SEP + "\\d{3}"
                    + "(?:" + SEP + "\\d{2})?")
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private SocialSecurityNumbers() {
    }

    static PatternDetector detector() {
        return new PatternDetector(PersonalDataKind.NIR, PATTERN, SocialSecurityNumbers::isNir);
    }

    static boolean isNir(String written) {
        String nir = Separators.withoutSeparators(written).toUpperCase(Locale.ROOT);
        String body = nir.substring(0, 13);
        if (!hasPlausibleFields(body)) {
            return false;
        }
        return nir.length() == 13 || keyOf(body) == Integer.parseInt(nir.substring(13));
    }

    private static boolean hasPlausibleFields(String body) {
        int month = Integer.parseInt(body.substring(3, 5));
        String department = body.substring(5, 7);
        boolean plausibleMonth = (month >= 1 && month <= 12) || month >= 20;
        boolean plausibleDepartment = !department.equals("00");
        boolean plausibleOrder = !body.endsWith("000");
        return plausibleMonth && plausibleDepartment && plausibleOrder;
    }

    static int keyOf(String body) {
        String numeric = body.replace("2A", "19").replace("2B", "18");
        return 97 - (int) (Long.parseLong(numeric) % 97);
    }
}
