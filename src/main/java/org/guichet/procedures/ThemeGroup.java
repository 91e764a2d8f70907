package org.guichet.procedures;

import java.util.List;
import java.util.Objects;

/**
 * A theme of the catalogue ("Papiers - Citoyenneté", "Comment faire si" for life events) or one
 * of its dossiers ("Passeport"), with the publications filed directly under it.
 */
public record ThemeGroup(String name, List<CatalogueEntry> entries, List<ThemeGroup> subgroups) {
    public ThemeGroup {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
        subgroups = List.copyOf(subgroups);
    }

    public int size() {
        return entries.size() + subgroups.stream().mapToInt(ThemeGroup::size).sum();
    }
}
