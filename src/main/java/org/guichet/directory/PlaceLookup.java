package org.guichet.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Office;

/** Finds where a commune or postcode is from the offices located there. */
final class PlaceLookup {

    private PlaceLookup() {
    }

    static Optional<GeoPoint> centre(String communeOrPostcode, List<Office> candidates) {
        String wanted = folded(communeOrPostcode);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<GeoPoint> points = candidates.stream()
                .filter(office -> office.visitAddress().filter(address -> isIn(address, wanted)).isPresent())
                .flatMap(office -> NearbyOffice.locationOf(office).stream())
                .toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double latitude = points.stream().mapToDouble(GeoPoint::latitude).average().orElseThrow();
        double longitude = points.stream().mapToDouble(GeoPoint::longitude).average().orElseThrow();
        return Optional.of(new GeoPoint(latitude, longitude));
    }

    private static boolean isIn(Address address, String wanted) {
        return folded(address.postcode()).equals(wanted) || folded(address.commune()).equals(wanted);
    }

    /** Lower case, without accents, hyphens and apostrophes read as spaces: "Saint-Jean-d'Angély" ~ "saint jean d angely". */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
