package org.guichet.domain.procedure;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sentence of the fiche that states a delay or a deadline, kept as written. {@code period} is
 * set when the sentence names exactly one duration ("2 mois", "15 jours").
 */
public record TimeLimit(List<String> situation, String text, Optional<Period> period) {
    public TimeLimit {
        situation = List.copyOf(situation);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(period, "period");
    }
}
