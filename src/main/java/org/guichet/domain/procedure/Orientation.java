package org.guichet.domain.procedure;

import java.util.List;

/**
 * What a citizen needs to act, drawn from the fiche: the situations it distinguishes, documents
 * per case, costs, where to go, online services, appeal routes and the appeal guides it links to
 * (F2474, F2026, F12567…), the warnings ("Attention") that help avoid a mistake, and stated delays.
 */
public record Orientation(
        List<String> situations,
        List<RequiredDocuments> requiredDocuments,
        List<CostLine> costs,
        List<Office> offices,
        List<OnlineService> onlineServices,
        List<AppealRoute> appealRoutes,
        List<RelatedPublication> appealGuides,
        List<Block.Callout> warnings,
        List<TimeLimit> delays) {
    public Orientation {
        situations = List.copyOf(situations);
        requiredDocuments = List.copyOf(requiredDocuments);
        costs = List.copyOf(costs);
        offices = List.copyOf(offices);
        onlineServices = List.copyOf(onlineServices);
        appealRoutes = List.copyOf(appealRoutes);
        appealGuides = List.copyOf(appealGuides);
        warnings = List.copyOf(warnings);
        delays = List.copyOf(delays);
    }
}
