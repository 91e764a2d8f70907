package org.guichet.home;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
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

/** Accueil: one search field for offices and procedures, and shortcuts to every part of the app. */
public final class HomeScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final StringProperty searchError = new SimpleStringProperty("");
    private final Node view;

    public HomeScreen(I18n i18n, Navigator navigator) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.view = Components.page(
                Components.heading(i18n, i18n.text("home.welcome")),
                Components.paragraph(i18n.text("home.intro")),
                searchForm(),
                Components.heading(i18n, i18n.text("home.shortcuts")),
                shortcuts());
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("home.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private Node searchForm() {
        TextField field = new TextField();
        VBox form = Components.labelledField(i18n.text("home.search.label"), i18n.text("home.search.example"), field);
        Label error = Components.wrapping(searchError, Styles.ERROR);
        error.visibleProperty().bind(searchError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ObservableStringValue hint = i18n.text("home.search.example");
        field.accessibleHelpProperty().unbind();
        field.accessibleHelpProperty().bind(Bindings.when(searchError.isEmpty()).then(hint).otherwise(searchError));
        Runnable search = () -> search(field.getText());
        field.setOnAction(event -> search.run());
        field.textProperty().addListener(observable -> searchError.set(""));
        Button submit = Components.primaryButton(i18n.text("home.search.submit"), search);
        form.getChildren().addAll(error, submit);
        form.getStyleClass().add(Styles.CARD);
        return form;
    }

    private void search(String query) {
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            searchError.set(i18n.get("home.search.empty"));
            return;
        }
        navigator.open(Destinations.SEARCH, words);
    }

    private Node shortcuts() {
        VBox shortcuts = new VBox(
                shortcut("home.shortcut.directory", () -> navigator.showTab(Destinations.DIRECTORY)),
                shortcut("home.shortcut.procedures", () -> navigator.showTab(Destinations.PROCEDURES)),
                shortcut("home.shortcut.appointments", () -> navigator.showTab(Destinations.APPOINTMENTS)),
                shortcut("home.shortcut.mySpace", () -> navigator.showTab(Destinations.MY_SPACE)),
                shortcut("home.shortcut.settings", () -> navigator.open(Destinations.SETTINGS)),
                shortcut("home.shortcut.about", () -> navigator.open(Destinations.ABOUT)));
        shortcuts.getStyleClass().add(Styles.STACK);
        return shortcuts;
    }

    private Button shortcut(String key, Runnable action) {
        Button button = Components.secondaryButton(i18n.text(key), action);
        button.getStyleClass().add(Styles.SHORTCUT);
        return button;
    }
}
