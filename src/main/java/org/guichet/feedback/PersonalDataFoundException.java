package org.guichet.feedback;

import java.util.List;
import java.util.stream.Collectors;
import org.guichet.domain.feedback.personaldata.PersonalDataMatch;

/** A text holds personal data the citizen has not confirmed; the message names kinds only, never values. */
public final class PersonalDataFoundException extends Exception {
    private final FreeText text;
    private final List<PersonalDataMatch> matches;

    PersonalDataFoundException(FreeText text, List<PersonalDataMatch> matches) {
        super("Personal data in " + text + ": " + matches.stream().map(match -> match.kind().code()).distinct()
                .collect(Collectors.joining(", ")));
        this.text = text;
        this.matches = List.copyOf(matches);
    }

    /** Which text holds it. */
    public FreeText text() {
        return text;
    }

    /** Where in that text, for the UI to highlight and offer masking. */
    public List<PersonalDataMatch> matches() {
        return matches;
    }
}
