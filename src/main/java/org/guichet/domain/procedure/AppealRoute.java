package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;

/**
 * A way to contest a decision, as one section of a fiche describes it (a "Recours" chapter, a
 * "Décision" chapter that explains the appeal, or a section of an appeal fiche such as F2474).
 * {@code deadlines} are the sentences of the section that state a time limit; {@code offices}
 * are the places it names.
 */
public record AppealRoute(
        List<String> situation,
        String title,
        List<TimeLimit> deadlines,
        List<Office> offices,
        List<Block> content) {
    public AppealRoute {
        situation = List.copyOf(situation);
        Objects.requireNonNull(title, "title");
        deadlines = List.copyOf(deadlines);
        offices = List.copyOf(offices);
        content = List.copyOf(content);
    }
}
