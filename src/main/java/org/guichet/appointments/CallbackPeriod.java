package org.guichet.appointments;

/** When the citizen would rather be called back; on the wire {@code morning}, {@code afternoon}, {@code any}. */
public enum CallbackPeriod {
    MORNING, AFTERNOON, ANY
}
