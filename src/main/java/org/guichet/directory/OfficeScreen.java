package org.guichet.directory;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.guichet.domain.office.Office;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * An office's page: name and type, open now or not and until when, this week's hours, how to
 * reach it (phones with their purpose, e-mail, web), where it is and how accessible, favourite, and
 * an area other features fill through {@link OfficeActions}. Rebuilt when the language changes.
 */
public final class OfficeScreen implements Screen {

    private final I18n i18n;
    private final OfficeViewModel model;
    private final OfficeActions actions;
    private final OfficeActions closing;
    private final StringProperty title = new SimpleStringProperty();
    private final VBox content = new VBox();
    private final ScrollPane view;

    /** {@code closing} adds what other features show at the end of the page (e.g. "Votre avis"). */
    public OfficeScreen(DirectoryServices services, String officeId, OfficeActions actions, OfficeActions closing) {
        this.i18n = services.i18n();
        this.actions = actions;
        this.closing = closing;
        this.model = new OfficeViewModel(services, officeId);
        this.view = Components.page(content);
        title.bind(i18n.text("directory.office.title"));
        content.getStyleClass().add(Styles.STACK);
        model.office().addListener(observable -> rebuild());
        model.problem().addListener(observable -> rebuild());
        i18n.languageProperty().addListener(observable -> rebuild());
        rebuild();
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view;
    }

    private void rebuild() {
        Office office = model.office().get();
        if (office == null) {
            content.getChildren().setAll(Components.heading(i18n, i18n.text("directory.office.title")),
                    Components.paragraph(model.problem().get().isEmpty() ? i18n.text("directory.office.loading")
                            : model.problem()));
            return;
        }
        OfficeSections sections = new OfficeSections(i18n, model, office);
        VBox actionArea = new VBox();
        actionArea.getStyleClass().addAll(Styles.OFFICE_ACTIONS, Styles.STACK);
        VBox closingArea = new VBox();
        closingArea.getStyleClass().add(Styles.STACK);
        content.getChildren().setAll(
                Components.heading(i18n, new SimpleStringProperty(office.name())),
                sections.summary(),
                actionArea,
                favouriteToggle(),
                sections.week(),
                sections.contact(),
                sections.address(),
                sections.moreInformation(),
                closingArea,
                shown(Components.wrapping(model.problem(), Styles.ERROR)));
        actions.fill(actionArea, office);
        closing.fill(closingArea, office);
    }

    private Node favouriteToggle() {
        ToggleButton toggle = new ToggleButton();
        toggle.textProperty().bind(i18n.text("directory.office.favourite"));
        toggle.setWrapText(true);
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setMinHeight(ToggleButton.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(model.favourite());
        Label state = Components.wrapping(Bindings.when(model.favourite())
                .then(i18n.text("directory.office.isFavourite")).otherwise(i18n.text("directory.office.notFavourite")),
                Styles.HINT);
        state.setAccessibleRole(AccessibleRole.TEXT);
        toggle.accessibleHelpProperty().bind(state.textProperty());
        VBox box = new VBox(toggle, state);
        box.getStyleClass().add(Styles.STACK);
        return box;
    }

    private static Label shown(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
