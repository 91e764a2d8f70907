package org.guichet.domain.feedback;

/** How a question is answered, after the official form's block types. */
public enum QuestionKind {
    /** Three smileys with words ({@code smiley_input}). */
    SMILEYS,
    /** A numeric scale with words at both ends ({@code mark_input}). */
    MARK,
    /** Several choices, one of which may be exclusive ({@code checkbox}). */
    CHECKBOXES,
    /** One radio group per administration channel ticked earlier. */
    RADIOS_PER_CHANNEL,
    /** Free text ({@code input_text_area}). */
    TEXT,
    /** An e-mail address ({@code input_email}). */
    EMAIL
}
