package org.guichet.procedures;

import java.util.List;
import java.util.Objects;
import org.guichet.domain.procedure.AppealRoute;

/** One step of "if the answer is no": the appeal routes of a fiche ({@code sourceId}), in its official words. */
public record AppealStep(String sourceId, String sourceTitle, List<AppealRoute> routes) {
    public AppealStep {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceTitle, "sourceTitle");
        routes = List.copyOf(routes);
    }
}
