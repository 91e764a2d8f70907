package org.guichet.feedback;

/** Where a questionnaire or a report stands on its way to the outbox. */
public enum SendPhase {
    /** The citizen is answering. */
    ANSWERING,
    /** The guard found personal data: the citizen masks it or edits the text; nothing is stored. */
    PERSONAL_DATA_FOUND,
    /** Being written to the outbox on the device. */
    SAVING,
    /** In the outbox; its status follows the outbox. */
    SAVED
}
