package org.guichet.domain.procedure;

import java.util.Objects;

/**
 * Another publication of the feed the fiche points to. {@code title} is empty when the fiche
 * names only the ID (the catalogue has every title).
 */
public record RelatedPublication(String id, String title) {
    public RelatedPublication {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
