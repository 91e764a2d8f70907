package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.procedure.ChoiceStyle;

/**
 * A question a fiche asks the reader ("En France" or "À l'étranger"?): the options of one or more
 * {@code Choice} blocks with the same options, under the {@code parent} path of options that
 * leads to it (empty at the top).
 */
public record SituationQuestion(List<String> parent, List<String> options, ChoiceStyle style) {
    public SituationQuestion {
        parent = List.copyOf(parent);
        options = List.copyOf(options);
    }

    /** The path that choosing {@code option} adds: the parent path and the option. */
    public List<String> pathOf(String option) {
        List<String> path = new ArrayList<>(parent);
        path.add(option);
        return List.copyOf(path);
    }
}
