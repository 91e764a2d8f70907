package org.guichet.appointments;

/**
 * An RFC 9457 problem as the gateway sends it: {@code code} is the stable part ("slot_taken"…);
 * {@code detail} is for developers and may be null.
 */
public record Problem(String type, String title, int status, String detail, String code) {
}
