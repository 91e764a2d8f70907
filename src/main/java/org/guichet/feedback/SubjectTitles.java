package org.guichet.feedback;

import java.util.Optional;

/** The title a citizen knows a subject by ("Passeport d'un majeur : première demande"); blocking. */
@FunctionalInterface
public interface SubjectTitles {
    Optional<String> titleOf(FeedbackSubject subject);
}
