package org.guichet.appointments;

import java.util.Locale;
import java.util.Optional;

/** How an appointment takes place; on the wire {@code on_site}, {@code phone}, {@code video}. */
public enum BookingMode {
    ON_SITE, PHONE, VIDEO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BookingMode> fromWireName(String wireName) {
        for (BookingMode mode : values()) {
            if (mode.wireName().equals(wireName)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
