package org.guichet.appointments;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One intent to create something (one tap on "Confirm"): every retry of that intent, including a
 * double tap, sends the same key, so the gateway creates at most one booking.
 */
public record IdempotencyKey(String value) {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("An idempotency key is 8 to 100 characters among A-Z a-z 0-9 _ -");
        }
    }

    public static IdempotencyKey random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return new IdempotencyKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
