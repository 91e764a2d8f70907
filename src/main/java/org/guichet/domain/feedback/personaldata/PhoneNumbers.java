package org.guichet.domain.feedback.personaldata;

import static org.guichet.domain.feedback.personaldata.PatternDetector.data;

import java.util.regex.Pattern;

/**
 * French phone numbers: 10 digits from 0 in pairs ("06 12 34 56 78", with one kind of separator
 * throughout, so that "05.06.2024 09" is not one), overseas numbers in 4-2-2-2 ("0262 12 34 56"),
 * and the international forms +33 / 0033 (also "+33 (0)6…") and +262 / +590 / +594 / +596.
 */
final class PhoneNumbers {

    private static final String SEP = Separators.ONE;
    private static final String OVERSEAS_PREFIX = "(?:262|269|590|594|596|639|69[0-7])";

    private static final String NATIONAL = "0[1-9](?<sepA>" + SEP + "?)\\d{2}(?:\\k<sepA>\\d{2}){3}";
    private static final String OVERSEAS = "0" + OVERSEAS_PREFIX + "(?<sepB>" + SEP + "?)\\d{2}(?:\\k<sepB>\\d{2}){2}";
    private static final String INTERNATIONAL = "(?:\\+|00)33" + SEP + "?(?:\\(0\\)" + SEP + "?|0)?"
            + "[1-9](?<sepC>" + SEP + "?)\\d{2}(?:\\k<sepC>\\d{2}){3}";
    private static final String INTERNATIONAL_OVERSEAS = "(?:\\+|00)(?:262|590|594|596)" + SEP + "?"
            + "\\d{3}(?<sepD>" + SEP + "?)\\d{2}(?:\\k<sepD>\\d{2}){2}";

    private static final Pattern PATTERN = Pattern.compile("(?<![\\p{N}+])"
            + data(INTERNATIONAL + "|" + INTERNATIONAL_OVERSEAS + "|" + OVERSEAS + "|" + NATIONAL)
            + "(?!\\p{N})");

    private PhoneNumbers() {
    }

    static PatternDetector detector() {
        return new PatternDetector(PersonalDataKind.PHONE, PATTERN);
    }
}
