package org.guichet.domain.procedure;

import java.util.Objects;

/** One level of the official breadcrumb ({@code FilDAriane/Niveau}). */
public record Crumb(String id, String title) {
    public Crumb {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
