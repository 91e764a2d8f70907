package org.guichet.feedback;

import java.time.LocalDate;

/** One "Vous avez dit, nous avons fait" entry, in the language asked for. */
public record Improvement(LocalDate date, String youSaid, String weDid) {
}
