package org.guichet.sandbox;

import java.util.regex.Pattern;
import org.guichet.appointments.AccessibilityNeeds;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.Contact;

/** Checks contact details the way a gateway would; failures are {@code invalid_contact}. */
final class ContactRules {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{8,20}[0-9]");
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NOTE = 500;

    private ContactRules() {
    }

    static void check(Contact contact, BookingMode mode) {
        if (contact == null) {
            throw invalid("contact is required");
        }
        checkName(contact.name());
        boolean hasEmail = !isBlank(contact.email());
        boolean hasPhone = !isBlank(contact.phone());
        if (!hasEmail && !hasPhone) {
            throw invalid("an e-mail address or a phone number is required");
        }
        if (hasEmail && (contact.email().length() > MAX_EMAIL || !EMAIL.matcher(contact.email()).matches())) {
            throw invalid("email is not an e-mail address");
        }
        if (hasPhone) {
            checkPhone(contact.phone());
        }
        if (mode == BookingMode.PHONE && !hasPhone) {
            throw invalid("a phone appointment needs a phone number");
        }
    }

    static void checkName(String name) {
        if (isBlank(name) || name.length() > MAX_NAME) {
            throw invalid("name must have 1 to " + MAX_NAME + " characters");
        }
    }

    static void checkPhone(String phone) {
        if (phone == null || !PHONE.matcher(phone.strip()).matches()) {
            throw invalid("phone is not a phone number");
        }
    }

    static void check(AccessibilityNeeds needs) {
        if (needs == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "accessibility is required");
        }
        if (needs.note() != null && needs.note().length() > MAX_NOTE) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "accessibility.note is too long");
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemCode.INVALID_CONTACT, detail);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
