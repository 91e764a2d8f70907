package org.guichet.appointments;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** Prendre rendez-vous: find the office in the offline directory, then open its booking flow. */
final class OfficeFinderView {

    private final I18n i18n;
    private final Navigator navigator;
    private final OfficeFinder finder;
    private final VBox results = AppointmentViews.stack();
    private final VBox card;

    OfficeFinderView(I18n i18n, Navigator navigator, OfficeFinder finder) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.finder = finder;
        StringProperty words = new SimpleStringProperty("");
        TextField field = new TextField();
        field.setOnAction(event -> finder.search(words.get()));
        VBox input = AppointmentViews.field(i18n, "appointments.find.field", field, words, new SimpleStringProperty(""));
        Label outcome = Components.wrapping(Bindings.createStringBinding(this::outcomeText, finder.outcome(),
                finder.results(), i18n.languageProperty()), Styles.BODY);
        outcome.visibleProperty().bind(finder.outcome().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        this.card = AppointmentViews.card(Components.heading(i18n, i18n.text("appointments.find.heading")),
                Components.paragraph(i18n.text("appointments.find.explain")), input,
                Components.primaryButton(i18n.text("appointments.find.search"), () -> finder.search(words.get())),
                outcome, results);
        finder.results().addListener((ListChangeListener<OfficeSummary>) change -> rebuild());
        i18n.languageProperty().addListener(observable -> rebuild());
    }

    private String outcomeText() {
        String key = finder.outcome().get();
        if (key.isEmpty()) {
            return "";
        }
        return key.equals(OfficeFinder.COUNT_KEY) ? i18n.get(key, finder.results().size()) : i18n.get(key);
    }

    Node view() {
        return card;
    }

    private void rebuild() {
        results.getChildren().clear();
        for (OfficeSummary office : finder.results()) {
            Button book = Components.secondaryButton(i18n.text("appointments.find.book", office.name()),
                    () -> navigator.open(Destinations.BOOK_APPOINTMENT, office.officeId()));
            book.getStyleClass().add(Styles.SHORTCUT);
            if (!office.address().isEmpty()) {
                book.accessibleHelpProperty().bind(i18n.text("appointments.find.address", office.address()));
            }
            results.getChildren().add(book);
        }
    }
}
