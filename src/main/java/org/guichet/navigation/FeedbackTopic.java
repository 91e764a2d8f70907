package org.guichet.navigation;

import java.util.Objects;

/**
 * What the questionnaire or a document report is about, with the title shown to the citizen
 * ("Passeport d'un majeur : première demande"). Any feature opens the questionnaire with
 * {@code navigator.open(Destinations.FEEDBACK, FeedbackTopic.procedure(id, title))}.
 */
public record FeedbackTopic(Kind kind, String id, String title) {

    /** The kinds of subject the gateway accepts. */
    public enum Kind {
        /** A procedure, by its service-public.fr fiche id (F1341). */
        PROCEDURE,
        /** An office, by its API Annuaire id. */
        OFFICE,
        /** An appointment, by its readable reference, never its secret token. */
        BOOKING
    }

    public FeedbackTopic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public static FeedbackTopic procedure(String ficheId, String title) {
        return new FeedbackTopic(Kind.PROCEDURE, ficheId, title);
    }

    public static FeedbackTopic office(String officeId, String title) {
        return new FeedbackTopic(Kind.OFFICE, officeId, title);
    }

    public static FeedbackTopic booking(String reference, String title) {
        return new FeedbackTopic(Kind.BOOKING, reference, title);
    }
}
