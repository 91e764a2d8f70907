package org.guichet.procedures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RelatedPublication;

/**
 * Orders the appeal routes of a fiche step by step: its own routes, then the appeal guides it
 * links to (and the guides they link to), then the general ones every administrative decision
 * has — administrative appeal (F2474) before the administrative judge (F2026). A fiche that names
 * no appeal at all gets none.
 */
final class AppealStepsFinder {
    static final List<String> GENERAL_GUIDES = List.of("F2474", "F2026");

    private final Function<String, Optional<Procedure>> fiches;

    AppealStepsFinder(Function<String, Optional<Procedure>> fiches) {
        this.fiches = fiches;
    }

    List<AppealStep> steps(Procedure procedure) {
        List<AppealStep> steps = new ArrayList<>();
        if (!procedure.orientation().appealRoutes().isEmpty()) {
            steps.add(new AppealStep(procedure.id(), procedure.title(), procedure.orientation().appealRoutes()));
        }
        if (steps.isEmpty() && procedure.orientation().appealGuides().isEmpty()) {
            return steps;
        }
        Set<String> seen = new HashSet<>(GENERAL_GUIDES);
        seen.add(procedure.id());
        Deque<String> waiting = new ArrayDeque<>(ids(procedure));
        while (!waiting.isEmpty()) {
            String id = waiting.removeFirst();
            if (seen.add(id)) {
                fiches.apply(id).ifPresent(guide -> {
                    addStep(steps, guide);
                    waiting.addAll(ids(guide));
                });
            }
        }
        for (String id : GENERAL_GUIDES) {
            if (!id.equals(procedure.id())) {
                fiches.apply(id).ifPresent(guide -> addStep(steps, guide));
            }
        }
        return steps;
    }

    private static void addStep(List<AppealStep> steps, Procedure guide) {
        if (!guide.orientation().appealRoutes().isEmpty()) {
            steps.add(new AppealStep(guide.id(), guide.title(), guide.orientation().appealRoutes()));
        }
    }

    private static List<String> ids(Procedure procedure) {
        return procedure.orientation().appealGuides().stream().map(RelatedPublication::id).toList();
    }
}
