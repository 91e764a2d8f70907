package org.guichet.appointments;

import java.util.regex.Pattern;

/**
 * Checks the contact step before anything is sent. Each problem is the message key of a plain
 * sentence shown below its field; {@code ""} means the field is fine.
 */
public final class ContactCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{8,20}[0-9]");
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 500;

    /** Message keys of the problems found, {@code ""} for a field without one. */
    public record Problems(String name, String email, String phone, String note) {
        public boolean none() {
            return name.isEmpty() && email.isEmpty() && phone.isEmpty() && note.isEmpty();
        }
    }

    private ContactCheck() {
    }

    public static Problems check(String name, String email, String phone, String note, BookingMode mode) {
        String nameProblem = name.isBlank() ? "appointments.contact.error.nameMissing"
                : name.strip().length() > MAX_NAME ? "appointments.contact.error.nameTooLong" : "";
        boolean hasEmail = !email.isBlank();
        boolean hasPhone = !phone.isBlank();
        String emailProblem = hasEmail && !EMAIL.matcher(email.strip()).matches()
                ? "appointments.contact.error.email" : "";
        String phoneProblem = hasPhone && !PHONE.matcher(phone.strip()).matches()
                ? "appointments.contact.error.phone" : "";
        if (mode == BookingMode.PHONE && !hasPhone) {
            phoneProblem = "appointments.contact.error.phoneNeeded";
        } else if (!hasEmail && !hasPhone) {
            emailProblem = "appointments.contact.error.reachMissing";
        }
        String noteProblem = note.strip().length() > MAX_NOTE ? "appointments.contact.error.noteTooLong" : "";
        return new Problems(nameProblem, emailProblem, phoneProblem, noteProblem);
    }
}
