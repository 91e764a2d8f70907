package org.guichet.procedures;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One publication of the catalogue. {@code theme} is the official breadcrumb
 * ("Accueil particuliers > Papiers - Citoyenneté > Passeport > Passeport d'un majeur : première
 * demande"); {@code subject} the subject line, possibly several ("Famille, Travail").
 */
public record CatalogueEntry(String id, String title, String subject, String theme, LocalDate date) {
    private static final String LEVEL_SEPARATOR = " > ";

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        subject = subject == null ? "" : subject;
        theme = theme == null ? "" : theme;
        Objects.requireNonNull(date, "date");
    }

    /** The breadcrumb's levels, from the home page to the publication itself. */
    public List<String> themePath() {
        return theme.isEmpty() ? List.of() : List.of(theme.split(LEVEL_SEPARATOR));
    }
}
