package org.guichet.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.guichet.domain.feedback.personaldata.PersonalDataGuard;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.domain.feedback.personaldata.PersonalDataMatch;

/** The guard as the forms use it before sending: which kinds were found, and the masked text. */
final class PersonalDataReview {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    /** The kinds found in any of {@code texts}, each once, in reading order. */
    List<PersonalDataKind> kindsIn(String... texts) {
        Set<PersonalDataKind> kinds = new LinkedHashSet<>();
        for (String text : texts) {
            guard.find(text).stream().map(PersonalDataMatch::kind).forEach(kinds::add);
        }
        return List.copyOf(kinds);
    }

    String masked(String text, Function<PersonalDataKind, String> placeholder) {
        return guard.mask(text, placeholder);
    }
}
