package org.guichet.directory;

/** A latitude/longitude rectangle, bounds included, used to read candidates from the index. */
record GeoBox(double south, double north, double west, double east) {
}
