package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;

/** A definition ({@code Definition}) or an abbreviation ({@code Abreviation}) the text refers to. */
public record GlossaryEntry(String id, Kind kind, String term, List<Block> explanation) {
    public enum Kind { DEFINITION, ABBREVIATION }

    public GlossaryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(term, "term");
        explanation = List.copyOf(explanation);
    }
}
