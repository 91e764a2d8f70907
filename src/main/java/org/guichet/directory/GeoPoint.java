package org.guichet.directory;

/** A place on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
        }
    }

    /** Great-circle distance (haversine formula), in metres. */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The latitude/longitude box holding every point within {@code metres} of this one. */
    GeoBox boxAround(double metres) {
        double latitudeDelta = Math.toDegrees(metres / EARTH_RADIUS_METRES);
        double cosine = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double longitudeDelta = Math.min(180, latitudeDelta / cosine);
        return new GeoBox(latitude - latitudeDelta, latitude + latitudeDelta,
                longitude - longitudeDelta, longitude + longitudeDelta);
    }
}
