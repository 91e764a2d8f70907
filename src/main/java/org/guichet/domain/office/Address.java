package org.guichet.domain.office;

import java.util.List;
import java.util.Objects;

/**
 * A physical or postal address of an office. Lines come in the annuaire's order (complements,
 * street, distribution service such as "TSA 10717"); blank lines are dropped. Coordinates are
 * null when the source has none.
 */
public record Address(
        Kind kind,
        List<String> lines,
        String postcode,
        String commune,
        String country,
        Double latitude,
        Double longitude,
        Accessibility accessibility,
        String accessibilityNote) {

    public enum Kind { PHYSICAL, POSTAL }

    public Address {
        Objects.requireNonNull(kind, "kind");
        lines = Texts.nonBlank(lines);
        postcode = Texts.orEmpty(postcode);
        commune = Texts.orEmpty(commune);
        country = Texts.orEmpty(country);
        accessibility = accessibility == null ? Accessibility.UNKNOWN : accessibility;
        accessibilityNote = Texts.orEmpty(accessibilityNote);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
