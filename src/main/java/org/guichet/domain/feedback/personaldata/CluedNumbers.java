package org.guichet.domain.feedback.personaldata;

import static org.guichet.domain.feedback.personaldata.PatternDetector.data;

import java.util.regex.Pattern;

/**
 * Numbers too plain to be told from any other number on their own, so they are found only a few
 * words after a clue: "numéro fiscal 1234567890123", "n° allocataire : 1234567".
 */
final class CluedNumbers {

    /** At most this many characters, none a digit, between the clue and the number. */
    private static final String GAP = "[^\\p{N}]{0,30}?";
    private static final String SEP = Separators.SPACE + "?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Numéro fiscal (SPI): 13 digits, the first 0 to 3. */
    private static final Pattern TAX_NUMBER = Pattern.compile(
            "\\b(?:fiscale?|SPI)\\b" + GAP + data("[0-3](?:" + SEP + "\\d){12}") + "(?!\\p{N})", FLAGS);

    /** Numéro allocataire of the CAF: 7 digits; not followed by decimals, so "CAF … 1 250,00 €" is no match. */
    private static final Pattern CAF_NUMBER = Pattern.compile(
            "\\b(?:allocataire|CAF)\\b" + GAP + data("\\d(?:" + SEP + "\\d){6}") + "(?![\\p{N}]|[.,]\\p{N})", FLAGS);

    private CluedNumbers() {
    }

    static PatternDetector taxNumbers() {
        return new PatternDetector(PersonalDataKind.TAX_NUMBER, TAX_NUMBER);
    }

    static PatternDetector cafNumbers() {
        return new PatternDetector(PersonalDataKind.CAF_NUMBER, CAF_NUMBER);
    }
}
