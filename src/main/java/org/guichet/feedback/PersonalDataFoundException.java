package org.guichet.feedback;

import java.util.List;
import java.util.stream.Collectors;
import org.guichet.domain.feedback.personaldata.PersonalDataMatch;

/** Free text holds personal data the citizen has not confirmed; the message names kinds only, never values. */
public final class PersonalDataFoundException extends Exception {
    private final List<PersonalDataMatch> matches;

    PersonalDataFoundException(List<PersonalDataMatch> matches) {
        super("Personal data in free text: " + matches.stream().map(match -> match.kind().code()).distinct()
                .collect(Collectors.joining(", ")));
        this.matches = List.copyOf(matches);
    }

    /** Where in the text, for the UI to highlight and offer masking. */
    public List<PersonalDataMatch> matches() {
        return matches;
    }
}
