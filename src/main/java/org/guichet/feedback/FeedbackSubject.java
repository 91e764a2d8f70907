package org.guichet.feedback;

import java.util.Locale;

/**
 * The procedure, office or appointment an opinion is about. As read from the wire either part may
 * be missing; {@link FeedbackOutbox} and the gateway check it before use.
 */
public record FeedbackSubject(SubjectKind kind, String id) {
    public static final int MAX_ID_LENGTH = 100;

    public static FeedbackSubject procedure(String ficheId) {
        return new FeedbackSubject(SubjectKind.PROCEDURE, ficheId);
    }

    public static FeedbackSubject office(String officeId) {
        return new FeedbackSubject(SubjectKind.OFFICE, officeId);
    }

    public static FeedbackSubject booking(String reference) {
        return new FeedbackSubject(SubjectKind.BOOKING, reference);
    }

    public boolean isWellFormed() {
        return kind != null && id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
    }

    /** The kind as the contract writes it: {@code procedure}, {@code office}, {@code booking}. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
