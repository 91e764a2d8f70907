package org.guichet.directory;

import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** One toggle button per kind of office, named in words; several can be on at once. */
final class TypeFilters {

    private final VBox view;

    TypeFilters(I18n i18n, DirectoryViewModel model) {
        FlowPane buttons = new FlowPane();
        buttons.getStyleClass().add(Styles.FILTERS);
        buttons.setMinWidth(0);
        for (OfficeCategory category : OfficeCategory.values()) {
            ToggleButton toggle = new ToggleButton();
            toggle.textProperty().bind(i18n.text(category.labelKey()));
            toggle.setWrapText(true);
            toggle.setMinHeight(ToggleButton.USE_PREF_SIZE);
            toggle.maxWidthProperty().bind(buttons.widthProperty());
            toggle.setSelected(model.categories().contains(category));
            toggle.selectedProperty().addListener((observable, was, selected) -> model.setCategory(category, selected));
            model.categories().addListener((SetChangeListener<OfficeCategory>) change ->
                    toggle.setSelected(model.categories().contains(category)));
            buttons.getChildren().add(toggle);
        }
        Label label = Components.wrapping(i18n.text("directory.filters"), Styles.FIELD_LABEL);
        view = new VBox(label, buttons);
        view.getStyleClass().add(Styles.STACK);
    }

    Node view() {
        return view;
    }
}
