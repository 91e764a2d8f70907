package org.guichet.feedback;

import org.guichet.navigation.FeedbackTopic;

/** The subject the gateway knows for a topic the navigation carries. */
public final class Topics {

    private Topics() {
    }

    public static FeedbackSubject subjectOf(FeedbackTopic topic) {
        return switch (topic.kind()) {
            case PROCEDURE -> FeedbackSubject.procedure(topic.id());
            case OFFICE -> FeedbackSubject.office(topic.id());
            case BOOKING -> FeedbackSubject.booking(topic.id());
        };
    }
}
