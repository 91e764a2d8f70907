package org.guichet.domain.feedback.personaldata;

import static org.guichet.domain.feedback.personaldata.PatternDetector.data;

import java.util.regex.Pattern;

/** E-mail addresses, also when "@" is written "(at)", "[at]" or " arobase ". */
final class EmailAddresses {

    private static final String LOCAL_CHAR = "[\\p{L}\\p{N}._%+\\-]";
    private static final String AT = "(?:@|\\s?[(\\[]at[)\\]]\\s?|\\s+arobase\\s+)";
    private static final String LABEL = "[\\p{L}\\p{N}\\-]+";

    private static final Pattern PATTERN = Pattern.compile(
            "(?<!" + LOCAL_CHAR + ")" + data(LOCAL_CHAR + "++" + AT + LABEL + "(?:\\." + LABEL + ")*\\.\\p{L}{2,}"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private EmailAddresses() {
    }

    static PatternDetector detector() {
        return new PatternDetector(PersonalDataKind.EMAIL, PATTERN);
    }
}
