package org.guichet.procedures;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import org.guichet.domain.procedure.Crumb;

/** Buttons for catalogue entries: the title, and below it where the entry sits in the catalogue. */
final class EntryButtons {
    private static final String PATH_SEPARATOR = " › ";

    private EntryButtons() {
    }

    static Node of(CatalogueEntry entry, Consumer<String> open) {
        return new EntryButton(DisplayText.of(entry.title()), new SimpleStringProperty(DisplayText.of(place(entry))), () -> open.accept(entry.id()));
    }

    /** The breadcrumb between the home page and the entry: "Papiers - Citoyenneté › Passeport". */
    static String place(CatalogueEntry entry) {
        List<String> path = entry.themePath();
        if (path.size() <= 2) {
            return path.size() == 2 ? path.get(1) : entry.subject();
        }
        return String.join(PATH_SEPARATOR, path.subList(1, path.size() - 1));
    }

    /** The same place for a parsed fiche, from its own breadcrumb. */
    static String place(List<Crumb> breadcrumb) {
        if (breadcrumb.size() <= 2) {
            return "";
        }
        return String.join(PATH_SEPARATOR, breadcrumb.subList(1, breadcrumb.size() - 1).stream().map(Crumb::title).toList());
    }
}
