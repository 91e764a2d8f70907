package org.guichet.procedures;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.TimeLimit;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.platform.Browser;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** Costs, where to go, online services and delays for the chosen situation, in the fiche's words. */
final class PracticalSections {

    private final I18n i18n;
    private final Navigator navigator;
    private final Browser browser;
    private final OfficialContent content;

    PracticalSections(I18n i18n, Navigator navigator, Browser browser, OfficialContent content) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.browser = browser;
        this.content = content;
    }

    Node costs(ObservableList<CostLine> costs) {
        return section("procedure.costs.heading", "procedure.costs.chooseSituation", costs,
                cost -> PageSection.official(cost.text()));
    }

    Node delays(ObservableList<TimeLimit> delays) {
        return section("procedure.delays.heading", "procedure.delays.chooseSituation", delays,
                delay -> PageSection.official(delay.text()));
    }

    Node offices(ObservableList<Office> offices) {
        return section("procedure.offices.heading", "procedure.offices.chooseSituation", offices, this::office);
    }

    Node onlineServices(ObservableList<OnlineService> services) {
        return section("procedure.online.heading", "procedure.online.chooseSituation", services, this::onlineService);
    }

    /**
     * An office type: its name and what the fiche says of it; a button to find one nearby in the
     * directory when the fiche names its type (the button's user data holds the type code).
     */
    private Node office(Office office) {
        Label name = Components.wrapping(new SimpleStringProperty(DisplayText.of(office.title())), Styles.FIELD_LABEL);
        VBox box = new VBox(name);
        box.getStyleClass().add(Styles.STACK);
        office.pivotLocal().ifPresent(pivot -> {
            Button find = Components.secondaryButton(i18n.text("procedure.offices.findNearMe", DisplayText.of(office.title())),
                    () -> navigator.showTab(Destinations.DIRECTORY));
            find.setUserData(pivot);
            box.getChildren().add(find);
        });
        if (!office.details().isEmpty()) {
            box.getChildren().add(content.render(office.details()));
        }
        office.webUrls().stream().findFirst().ifPresent(url -> {
            Button website = Components.secondaryButton(i18n.text("procedure.offices.website", DisplayText.of(office.title())),
                    () -> browser.open(url));
            website.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
            box.getChildren().add(website);
        });
        return box;
    }

    private Node onlineService(OnlineService service) {
        Button button = Components.secondaryButton(new SimpleStringProperty(DisplayText.of(service.title())), () -> browser.open(service.url()));
        button.accessibleHelpProperty().bind(i18n.text("procedure.online.help", service.kind()));
        button.setDisable(service.url().isBlank());
        VBox box = new VBox(button);
        box.getStyleClass().add(Styles.STACK);
        service.cerfaNumber().ifPresent(cerfa ->
                box.getChildren().add(Components.wrapping(i18n.text("procedure.online.cerfa", cerfa), Styles.HINT)));
        if (!service.description().isBlank()) {
            box.getChildren().add(Components.wrapping(new SimpleStringProperty(DisplayText.of(service.description())), Styles.HINT));
        }
        return box;
    }

    /** A card listing {@code items}, or saying that nothing applies to the situation chosen so far. */
    private <T> Node section(String headingKey, String emptyKey, ObservableList<T> items, Function<T, Node> render) {
        VBox list = new VBox();
        list.getStyleClass().add(ProcedureStyles.GROUPS);
        Label empty = Components.paragraph(i18n.text(emptyKey));
        Runnable fill = () -> {
            List<Node> nodes = items.stream().map(render).toList();
            list.getChildren().setAll(nodes);
            empty.setVisible(nodes.isEmpty());
            empty.setManaged(nodes.isEmpty());
        };
        items.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
        return PageSection.titled(i18n, headingKey, empty, list);
    }
}
