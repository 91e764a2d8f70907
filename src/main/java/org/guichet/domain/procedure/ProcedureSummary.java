package org.guichet.domain.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a fiche. {@code subtype} is the official type ("Fiche d'information",
 * "Fiche Question-réponse", "Dossier", "Téléservice", "Formulaire"…); {@code theme} is the
 * subject line ("Papiers - Citoyenneté"); {@code spUrl} is the page on service-public.fr.
 */
public record ProcedureSummary(
        String id,
        ProcedureKind kind,
        String subtype,
        String title,
        String description,
        String audience,
        LocalDate lastModified,
        String theme,
        List<Crumb> breadcrumb,
        String spUrl) {
    public ProcedureSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        subtype = subtype == null ? "" : subtype;
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        audience = audience == null ? "" : audience;
        Objects.requireNonNull(lastModified, "lastModified");
        theme = theme == null ? "" : theme;
        breadcrumb = List.copyOf(breadcrumb);
        spUrl = spUrl == null ? "" : spUrl;
    }
}
