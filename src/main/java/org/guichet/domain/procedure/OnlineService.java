package org.guichet.domain.procedure;

import java.util.Objects;
import java.util.Optional;

/**
 * An online service or form ({@code ServiceEnLigne}, or a {@code ServiceComplementaire} itself).
 * {@code kind} is the official label: "Téléservice", "Formulaire", "Simulateur", "Modèle de
 * document", "Outil de recherche". Forms carry their cerfa number ("15481*01").
 */
public record OnlineService(
        String id,
        String title,
        String kind,
        Optional<String> cerfaNumber,
        String url,
        String provider,
        String description) {
    public OnlineService {
        id = id == null ? "" : id;
        Objects.requireNonNull(title, "title");
        kind = kind == null ? "" : kind;
        Objects.requireNonNull(cerfaNumber, "cerfaNumber");
        url = url == null ? "" : url;
        provider = provider == null ? "" : provider;
        description = description == null ? "" : description;
    }
}
