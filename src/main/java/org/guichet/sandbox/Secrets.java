package org.guichet.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Booking tokens (secret, 256 random bits), readable references and callback ids. */
final class Secrets {
    /** No 0/O, 1/I/L: references are read aloud and typed. */
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String bookingToken() {
        return randomText(32);
    }

    static String callbackId() {
        return "cb-" + randomText(12);
    }

    /** e.g. RDV-7KQ4-M2XC */
    static String reference() {
        StringBuilder reference = new StringBuilder("RDV-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }

    static String randomText(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
