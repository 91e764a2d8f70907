package org.guichet.domain.feedback;

/** Why an answer cannot be sent as it is. The UI shows the text found under {@link #key()}. */
public enum ProblemCode {
    /** The required step 1 is not answered. */
    REQUIRED("required"),
    /** A mark outside its scale. */
    OUT_OF_SCALE("out_of_scale"),
    /** "Je n'ai pas eu besoin d'aide" ticked together with a channel. */
    EXCLUSIVE_CHOICE_COMBINED("exclusive_choice_combined"),
    /** An answer about a channel that was not ticked in {@code contact_tried}. */
    CHANNEL_NOT_TRIED("channel_not_tried"),
    /** An answer about reaching the administration for a channel where it does not answer. */
    NOT_AN_ADMINISTRATION_CHANNEL("not_an_administration_channel"),
    /** A quality of help for a channel where the administration was not reached. */
    ADMINISTRATION_NOT_REACHED("administration_not_reached"),
    /** A comment longer than {@link AnswerRules#VERBATIM_MAX_LENGTH}. */
    TOO_LONG("too_long");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Translation key of the message, e.g. {@code feedback.problem.required}. */
    public String key() {
        return "feedback.problem." + code;
    }
}
