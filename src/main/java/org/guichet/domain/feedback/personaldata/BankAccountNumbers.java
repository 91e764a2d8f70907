package org.guichet.domain.feedback.personaldata;

import static java.util.stream.Collectors.joining;
import static org.guichet.domain.feedback.personaldata.PatternDetector.data;

import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Pattern;

/**
 * IBANs of France (overseas codes included), Monaco and the neighbouring countries, in groups of
 * four or unbroken, lower case accepted. The check digits must pass the ISO 13616 mod-97 test.
 */
final class BankAccountNumbers {

    /** Characters after the country code and check digits, per country. */
    private static final Map<String, Integer> BBAN_LENGTHS = Map.ofEntries(
            Map.entry("FR", 23), Map.entry("GF", 23), Map.entry("GP", 23), Map.entry("MQ", 23),
            Map.entry("RE", 23), Map.entry("YT", 23), Map.entry("PM", 23), Map.entry("BL", 23),
            Map.entry("MF", 23), Map.entry("NC", 23), Map.entry("PF", 23), Map.entry("WF", 23),
            Map.entry("TF", 23), Map.entry("MC", 23), Map.entry("BE", 12), Map.entry("LU", 16),
            Map.entry("DE", 18), Map.entry("CH", 17), Map.entry("IT", 23), Map.entry("ES", 20),
            Map.entry("PT", 21), Map.entry("NL", 14), Map.entry("GB", 18));

    private static final String SEP = Separators.SPACE + "?";
    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + data(BBAN_LENGTHS.entrySet().stream().map(BankAccountNumbers::ibanOf).collect(joining("|")))
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private BankAccountNumbers() {
    }

    private static String ibanOf(Entry<String, Integer> country) {
        return country.getKey() + "\\d{2}(?:" + SEP + "[A-Z0-9]){" + country.getValue() + "}";
    }

    static PatternDetector detector() {
        return new PatternDetector(PersonalDataKind.IBAN, PATTERN, BankAccountNumbers::hasValidCheckDigits);
    }

    static boolean hasValidCheckDigits(String written) {
        String iban = Separators.withoutSeparators(written).toUpperCase(Locale.ROOT);
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.digit(c, 36);
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }
}
