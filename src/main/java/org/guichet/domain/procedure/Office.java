package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place to go ({@code OuSAdresser}). {@code pivotLocal} is the office type code shared with the
 * annuaire's {@code pivot.type_service_local} ("mairie", "caf", "prefecture"…): with the user's
 * commune it finds the competent office. {@code type} is the official kind ("Local personnalisé sur
 * SP", "National", "Centre de contact"…); {@code details} holds what the fiche says inline
 * (postal address, phone lines).
 */
public record Office(
        String id,
        String type,
        String title,
        Optional<String> pivotLocal,
        List<String> webUrls,
        String provider,
        List<Block> details) {
    public Office {
        Objects.requireNonNull(id, "id");
        type = type == null ? "" : type;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pivotLocal, "pivotLocal");
        webUrls = List.copyOf(webUrls);
        provider = provider == null ? "" : provider;
        details = List.copyOf(details);
    }
}
