package org.guichet.directory;

import java.util.Optional;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;

/** An office and how far its visit address is from a place, in metres. */
public record NearbyOffice(Office office, double metres) {

    static Optional<NearbyOffice> from(Office office, GeoPoint place) {
        return locationOf(office).map(location -> new NearbyOffice(office, place.metresTo(location)));
    }

    /** Where the office's visit address is, when its coordinates are known and valid. */
    public static Optional<GeoPoint> locationOf(Office office) {
        return office.visitAddress().filter(Address::hasCoordinates).flatMap(address -> {
            try {
                return Optional.of(new GeoPoint(address.latitude(), address.longitude()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
