package org.guichet.domain.feedback.personaldata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Finds personal data in free text before it is sent: e-mail addresses, phone numbers, NIR,
 * IBANs, and, after a clue word, tax and CAF numbers. Postal addresses and names are not looked
 * for. It never changes a text by itself: the caller shows the matches and may {@link #mask} them.
 */
public final class PersonalDataGuard {

    /** Where two detectors claim the same characters, the longer match wins, then the earlier detector. */
    private static final List<PatternDetector> DETECTORS = List.of(
            CluedNumbers.taxNumbers(),
            CluedNumbers.cafNumbers(),
            BankAccountNumbers.detector(),
            EmailAddresses.detector(),
            SocialSecurityNumbers.detector(),
            PhoneNumbers.detector());

    /** The personal data in {@code text}, in reading order, never overlapping. */
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> candidates = new ArrayList<>();
        DETECTORS.forEach(detector -> candidates.addAll(detector.find(text)));
        candidates.sort(Comparator.comparingInt(PersonalDataMatch::length).reversed());
        List<PersonalDataMatch> kept = new ArrayList<>();
        for (PersonalDataMatch candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return List.copyOf(kept);
    }

    /** {@code text} with each match replaced by the caller's placeholder for its kind, e.g. "[téléphone]". */
    public String mask(String text, Function<PersonalDataKind, String> placeholder) {
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (PersonalDataMatch match : find(text)) {
            masked.append(text, copied, match.start()).append(placeholder.apply(match.kind()));
            copied = match.end();
        }
        return masked.append(text, copied, text.length()).toString();
    }
}
