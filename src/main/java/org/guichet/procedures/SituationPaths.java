package org.guichet.procedures;

import java.util.List;
import java.util.regex.Pattern;

/** A situation path ("En France", "Cas général") as one stored text, and back. */
final class SituationPaths {
    private static final String SEPARATOR = " > ";
    private static final Pattern SPLIT = Pattern.compile(Pattern.quote(SEPARATOR));

    private SituationPaths() {
    }

    static String join(List<String> path) {
        return String.join(SEPARATOR, path);
    }

    static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : List.of(SPLIT.split(stored, -1));
    }
}
