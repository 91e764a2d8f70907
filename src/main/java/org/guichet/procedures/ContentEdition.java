package org.guichet.procedures;

import java.time.Instant;
import java.time.YearMonth;

/** Which fiches the app shows: those it was shipped with, or those last downloaded from service-public.fr. */
public sealed interface ContentEdition {

    /** The fiches shipped with the app, from service-public.fr in {@code snapshot}. */
    record Bundled(YearMonth snapshot) implements ContentEdition {
    }

    /** The fiches downloaded from the official feed at {@code downloadedAt}. */
    record Downloaded(Instant downloadedAt) implements ContentEdition {
    }

}
