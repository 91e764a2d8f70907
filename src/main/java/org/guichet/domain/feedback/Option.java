package org.guichet.domain.feedback;

import java.util.Objects;

/** One answer option as the official form shows it; {@code exclusive} unticks every other option. */
public record Option(String officialValue, Wording wording, boolean exclusive) {
    public Option {
        Objects.requireNonNull(officialValue, "officialValue");
        Objects.requireNonNull(wording, "wording");
    }
}
