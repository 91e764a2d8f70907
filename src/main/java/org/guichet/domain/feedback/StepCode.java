package org.guichet.domain.feedback;

/** The four steps of the root form, in the form's order. */
public enum StepCode {
    EXPERIENCE("experience"),
    CLARITY("clarity"),
    HELP("help"),
    COMMENT("comment");

    private final String code;

    StepCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Translation key of the step title, e.g. {@code feedback.step.clarity}. */
    public String key() {
        return "feedback.step." + code;
    }

    /** The form's 0-based step position. */
    public int position() {
        return ordinal();
    }
}
