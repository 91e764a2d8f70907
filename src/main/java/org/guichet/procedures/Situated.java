package org.guichet.procedures;

import java.util.List;
import java.util.Objects;

/** A piece of a fiche with the situation path (chosen options) under which the fiche shows it. */
public record Situated<T>(List<String> situation, T item) {
    public Situated {
        situation = List.copyOf(situation);
        Objects.requireNonNull(item, "item");
    }
}
