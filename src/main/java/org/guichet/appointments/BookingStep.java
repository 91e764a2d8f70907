package org.guichet.appointments;

/** The steps of the booking flow, in order; the number is what "step 2 of 5" says. */
public enum BookingStep {
    REASON, MODE, SLOT, CONTACT, REVIEW;

    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }
}
