package org.guichet.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * How many seats of a slot "other citizens" already hold, so the sandbox looks like a real agenda
 * yet answers the same on every run and machine: byte i of SHA-256("officeId|reasonId|start
 * instant") decides seat i, taken when below {@link #TAKEN_BELOW} (about 35 % of seats).
 */
final class PrebookedSeats {
    static final int TAKEN_BELOW = 90;

    private PrebookedSeats() {
    }

    static int count(String officeId, String reasonId, Instant start, int seats) {
        byte[] digest = sha256(officeId + "|" + reasonId + "|" + start);
        int taken = 0;
        for (int seat = 0; seat < seats && seat < digest.length; seat++) {
            if (Byte.toUnsignedInt(digest[seat]) < TAKEN_BELOW) {
                taken++;
            }
        }
        return taken;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
