package org.guichet.procedures;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * Démarches: search as you type over every procedure title; with an empty field, the popular
 * procedures the app holds in full, life events and themes to browse. Where the fiches come from
 * and their date are always shown, and the user can update them from service-public.fr.
 */
public final class ProceduresScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final ProceduresViewModel model;
    private final Node view;

    public ProceduresScreen(I18n i18n, Navigator navigator, ProceduresViewModel model) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.model = model;
        BooleanBinding searching = Bindings.createBooleanBinding(() -> !model.queryProperty().get().isBlank(),
                model.queryProperty());
        Label loading = stateText("procedures.loading", LoadState.LOADING);
        Label failed = stateText("procedures.failed", LoadState.FAILED);
        failed.getStyleClass().add(Styles.ERROR);
        Node results = results();
        Node browse = browse();
        BooleanBinding ready = model.stateProperty().isEqualTo(LoadState.READY);
        Visibility.showWhen(results, searching.and(ready));
        Visibility.showWhen(browse, searching.not().and(ready));
        this.view = Components.page(
                Components.heading(i18n, i18n.text("procedures.heading")),
                contentAndUpdate(),
                searchField(),
                loading,
                failed,
                results,
                browse);
        model.load();
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("procedures.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private Node searchField() {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.queryProperty());
        VBox form = Components.labelledField(i18n.text("procedures.search.label"), i18n.text("procedures.search.hint"), field);
        form.getStyleClass().add(Styles.CARD);
        return form;
    }

    /** Where the fiches come from and their date, with the update the user can ask for and how it went. */
    private Node contentAndUpdate() {
        Label date = Components.wrapping(ContentDate.notice(i18n, model.editionProperty()), Styles.BODY);
        Label note = Components.wrapping(i18n.text("procedures.update.note"), Styles.HINT);
        Button button = Components.secondaryButton(i18n.text("procedures.update.button"), model::update);
        button.disableProperty().bind(model.updatingProperty());
        button.accessibleHelpProperty().bind(note.textProperty());
        keepFocusAcrossUpdate(button);
        Label status = Components.paragraph(UpdateStatus.text(i18n, model.updatingProperty(), model.lastUpdateProperty()));
        Visibility.showWhen(status, status.textProperty().isNotEmpty());
        model.lastUpdateProperty().addListener((observable, before, result) -> {
            status.getStyleClass().remove(Styles.ERROR);
            if (UpdateStatus.isFailure(result)) {
                status.getStyleClass().add(Styles.ERROR);
            }
        });
        VBox card = new VBox(date, button, note, status);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    /** Disabling the focused button sends the focus on down the page; it comes back when the update ends. */
    private void keepFocusAcrossUpdate(Button button) {
        boolean[] hadFocus = {false};
        button.focusedProperty().addListener((observable, before, focused) -> {
            if (focused || !model.updatingProperty().get()) {
                hadFocus[0] = focused;
            }
        });
        model.updatingProperty().addListener((observable, before, updating) -> {
            if (!updating && hadFocus[0]) {
                button.requestFocus();
            }
        });
    }

    private Label stateText(String key, LoadState state) {
        Label label = Components.paragraph(i18n.text(key));
        Visibility.showWhen(label, model.stateProperty().isEqualTo(state));
        return label;
    }

    private Node results() {
        Label count = Components.wrapping(i18n.text("procedures.search.count", model.matchCountProperty()), Styles.FIELD_LABEL);
        Label more = Components.wrapping(i18n.text("procedures.search.more", ProceduresViewModel.MAX_RESULTS), Styles.HINT);
        Visibility.showWhen(more, model.matchCountProperty().greaterThan(ProceduresViewModel.MAX_RESULTS));
        VBox list = entryList(model.results());
        VBox results = new VBox(count, more, list);
        results.getStyleClass().add(Styles.STACK);
        return results;
    }

    private Node browse() {
        VBox themes = new VBox();
        themes.getStyleClass().add(Styles.STACK);
        model.themes().addListener((ListChangeListener<ThemeGroup>) change -> themes.getChildren().setAll(
                model.themes().stream().map(this::themeButton).toList()));
        VBox browse = new VBox(
                section("procedures.popular", "procedures.popular.intro", entryList(model.popular())),
                section("procedures.lifeEvents", "procedures.lifeEvents.intro", entryList(model.lifeEvents())),
                section("procedures.themes", "procedures.themes.intro", themes));
        browse.getStyleClass().add(ProcedureStyles.SECTIONS);
        return browse;
    }

    private Node themeButton(ThemeGroup theme) {
        return new EntryButton(DisplayText.of(theme.name()), i18n.text("procedures.theme.count", theme.size()), () -> navigator.open(Destinations.PROCEDURE_THEME, theme.name()));
    }

    private Node section(String headingKey, String introKey, Node content) {
        VBox section = new VBox(Components.heading(i18n, i18n.text(headingKey)),
                Components.paragraph(i18n.text(introKey)), content);
        section.getStyleClass().add(Styles.STACK);
        return section;
    }

    private VBox entryList(ObservableList<CatalogueEntry> entries) {
        VBox list = new VBox();
        list.getStyleClass().add(Styles.STACK);
        Consumer<String> open = id -> navigator.open(Destinations.PROCEDURE, id);
        Runnable fill = () -> list.getChildren().setAll(entries.stream().map(entry -> EntryButtons.of(entry, open)).toList());
        entries.addListener((ListChangeListener<CatalogueEntry>) change -> fill.run());
        fill.run();
        return list;
    }
}
