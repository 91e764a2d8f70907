package org.guichet.domain.procedure;

import java.util.List;

/** One entry of a "Pièces à fournir" list: its first line, and any further lines or sub-lists. */
public record RequiredDocument(List<Inline> description, List<Block> details) {
    public RequiredDocument {
        description = List.copyOf(description);
        details = List.copyOf(details);
    }

    public String text() {
        return Inline.plainText(description).strip();
    }
}
