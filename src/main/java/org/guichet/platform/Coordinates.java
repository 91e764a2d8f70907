package org.guichet.platform;

/** A position reported by the device, in WGS 84 degrees. */
public record Coordinates(double latitude, double longitude) {
}
