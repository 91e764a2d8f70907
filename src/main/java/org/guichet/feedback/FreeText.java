package org.guichet.feedback;

/** The texts a citizen types, which the personal-data guard reads before they are stored. */
public enum FreeText {
    /** The questionnaire's comment ({@code verbatim}). */
    COMMENT,
    /** A document report's "what is unclear". */
    UNCLEAR,
    /** A document report's suggestion. */
    SUGGESTION
}
