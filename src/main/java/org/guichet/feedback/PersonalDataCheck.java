package org.guichet.feedback;

/** Whether the outbox may store free text in which the personal-data guard finds something. */
public enum PersonalDataCheck {
    /** Refuse it: the UI shows what was found and offers to mask it. */
    REFUSE_UNMASKED,
    /** The citizen saw the warning and chose to send the text as it is. */
    USER_CONFIRMED
}
