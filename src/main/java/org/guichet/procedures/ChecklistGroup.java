package org.guichet.procedures;

import java.util.List;

/** The documents to bring in one situation ({@code situation} is empty when they apply to everyone). */
public record ChecklistGroup(List<String> situation, List<ChecklistItem> items) {
    public ChecklistGroup {
        situation = List.copyOf(situation);
        items = List.copyOf(items);
    }
}
