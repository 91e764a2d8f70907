package org.guichet.domain.feedback.personaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one kind of personal data: the matches of a pattern whose group {@code data} passes a
 * check. Only that group is personal data; the rest of the match is context, such as a clue word.
 */
final class PatternDetector {

    private static final String DATA = "data";

    private final PersonalDataKind kind;
    private final Pattern pattern;
    private final Predicate<String> check;

    PatternDetector(PersonalDataKind kind, Pattern pattern, Predicate<String> check) {
        this.kind = kind;
        this.pattern = pattern;
        this.check = check;
    }

    PatternDetector(PersonalDataKind kind, Pattern pattern) {
        this(kind, pattern, found -> true);
    }

    /** Wraps a regular expression in the group this detector reads. */
    static String data(String regex) {
        return "(?<" + DATA + ">" + regex + ")";
    }

    List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (check.test(matcher.group(DATA))) {
                matches.add(new PersonalDataMatch(kind, matcher.start(DATA), matcher.end(DATA)));
            }
        }
        return matches;
    }
}
