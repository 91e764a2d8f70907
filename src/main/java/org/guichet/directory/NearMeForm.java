package org.guichet.directory;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** "Near me": the device position where there is one, else a commune or postcode; nearest France services. */
final class NearMeForm {

    private final VBox view;

    NearMeForm(I18n i18n, DirectoryViewModel model) {
        Label label = Components.wrapping(i18n.text("directory.near.label"), Styles.FIELD_LABEL);
        Label hint = Components.wrapping(i18n.text("directory.near.hint"), Styles.HINT);
        TextField place = new TextField();
        label.setLabelFor(place);
        place.accessibleHelpProperty().bind(hint.textProperty());
        place.setOnAction(event -> model.searchNear(place.getText()));
        Button byPlace = Components.secondaryButton(i18n.text("directory.near.byPlace"),
                () -> model.searchNear(place.getText()));
        Button franceServices = Components.secondaryButton(i18n.text("directory.near.franceServices"),
                () -> model.nearestFranceServices(place.getText()));
        Label sortedFrom = Components.wrapping(i18n.text("directory.near.sortedFrom", model.nearPlaceName()), Styles.BODY);
        Button stopSorting = Components.secondaryButton(i18n.text("directory.near.clear"), model::clearNear);
        VBox sorted = new VBox(sortedFrom, stopSorting);
        sorted.getStyleClass().add(Styles.STACK);
        sorted.visibleProperty().bind(model.nearPlaceName().isNotEmpty());
        sorted.managedProperty().bind(sorted.visibleProperty());
        view = new VBox(label, hint, place, byPlace);
        if (model.positionAvailable()) {
            view.getChildren().add(Components.secondaryButton(i18n.text("directory.near.device"), model::searchNearDevice));
        }
        view.getChildren().addAll(franceServices, sorted);
        view.getStyleClass().addAll(Styles.CARD);
    }

    Node view() {
        return view;
    }
}
