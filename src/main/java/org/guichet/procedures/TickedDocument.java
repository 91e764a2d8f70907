package org.guichet.procedures;

import java.util.List;
import java.util.Objects;

/** A document the user ticked in the list of one situation ({@code documentKey} is its official wording). */
public record TickedDocument(List<String> situation, String documentKey) {
    public TickedDocument {
        situation = List.copyOf(situation);
        Objects.requireNonNull(documentKey, "documentKey");
    }
}
