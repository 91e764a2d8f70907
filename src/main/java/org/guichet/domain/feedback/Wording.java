package org.guichet.domain.feedback;

import java.util.Objects;

/**
 * A text of the questionnaire: the official French wording, verbatim, and the stable key under
 * which the UI finds its translation in other languages.
 */
public record Wording(String key, String french) {
    public Wording {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(french, "french");
    }
}
