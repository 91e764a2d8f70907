package org.guichet.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.procedures.CatalogueEntry;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * The procedures part of the home search: publications whose title matches the words typed, each
 * opening its procedure page. Follows the search field as the user edits it.
 */
public final class ProcedureResults implements Function<StringProperty, Node> {

    private final I18n i18n;
    private final Consumer<String> openProcedure;
    private final ProcedureSearch search;

    /** @param openProcedure opens the procedure page of a publication id */
    public ProcedureResults(I18n i18n, Consumer<String> openProcedure, ProcedureSearch search) {
        this.i18n = i18n;
        this.openProcedure = openProcedure;
        this.search = search;
    }

    @Override
    public Node apply(StringProperty query) {
        VBox items = new VBox();
        items.getStyleClass().add(Styles.STACK);
        VBox section = new VBox(Components.heading(i18n, i18n.text("search.procedures", query)), items,
                Components.wrapping(i18n.text("search.procedures.source"), Styles.HINT));
        section.getStyleClass().add(Styles.STACK);
        section.setVisible(false);
        section.managedProperty().bind(section.visibleProperty());
        StringProperty searched = new SimpleStringProperty();
        Runnable update = () -> {
            String words = query.get() == null ? "" : query.get().strip();
            searched.set(words);
            search.search(words, found -> {
                if (words.equals(searched.get())) {
                    show(items, found);
                    section.setVisible(!found.isEmpty());
                }
            });
        };
        query.addListener(observable -> update.run());
        update.run();
        return section;
    }

    private void show(VBox items, List<CatalogueEntry> entries) {
        items.getChildren().setAll(entries.stream().map(this::button).toList());
    }

    private Button button(CatalogueEntry entry) {
        Button button = Components.secondaryButton(new SimpleStringProperty(entry.title()),
                () -> openProcedure.accept(entry.id()));
        button.getStyleClass().add(Styles.OFFICE_ROW);
        return button;
    }
}
