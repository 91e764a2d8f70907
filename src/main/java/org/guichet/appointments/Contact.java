package org.guichet.appointments;

/** Who to contact about a booking: a name and an e-mail address and/or a phone number (either may be null). */
public record Contact(String name, String email, String phone) {
    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
