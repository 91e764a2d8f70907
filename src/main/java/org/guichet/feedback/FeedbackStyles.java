package org.guichet.feedback;

/** Style classes of the feedback screens, defined in the app stylesheet (guichet.css). */
final class FeedbackStyles {
    static final String CHOICE = "choice";
    static final String MARKS = "marks";
    static final String SCALE_ENDS = "scale-ends";
    static final String SCALE_END_HIGH = "scale-end-high";
    static final String CHANNEL = "channel";
    static final String STATUS = "status";
    static final String DEMO = "demo-note";
    static final String COMMENT = "comment";

    private FeedbackStyles() {
    }
}
