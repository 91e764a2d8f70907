package org.guichet.appointments;

/** What the office should prepare; {@code note} is free text and may be null. */
public record AccessibilityNeeds(boolean priorityReception, boolean signLanguageInterpreter, String note) {
    public static final AccessibilityNeeds NONE = new AccessibilityNeeds(false, false, null);

    @Override
    public String toString() {
        return "AccessibilityNeeds[priorityReception=" + priorityReception
                + ", signLanguageInterpreter=" + signLanguageInterpreter + ", note=redacted]";
    }
}
