package org.guichet.feedback;

import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.Satisfaction;

/** Answers as citizens give them in tests. */
final class Answers {
    private Answers() {
    }

    static FeedbackAnswers onlySatisfaction(Satisfaction satisfaction) {
        return FeedbackAnswers.none().withSatisfaction(satisfaction);
    }

    /** Every step answered: helped at the counter, phone not reached, a comment without personal data. */
    static FeedbackAnswers complete() {
        return FeedbackAnswers.none()
                .withSatisfaction(Satisfaction.MEDIUM)
                .withComprehension(4)
                .withContactTried(HelpChannel.COUNTER, HelpChannel.PHONE, HelpChannel.RELATIVE)
                .withContactReached(HelpChannel.COUNTER, ContactReached.YES)
                .withContactReached(HelpChannel.PHONE, ContactReached.NO)
                .withContactSatisfaction(HelpChannel.COUNTER, HelpQuality.GOOD)
                .withVerbatim("L'agent d'accueil a été patient, mais le formulaire Cerfa est confus.");
    }
}
