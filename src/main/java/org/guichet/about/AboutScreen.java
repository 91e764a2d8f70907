package org.guichet.about;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.platform.Browser;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** À propos: version, where the data comes from, the software's licences, accessibility status. */
public final class AboutScreen implements Screen {

    private static final String LICENCE_OUVERTE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    private static final String SERVICE_PUBLIC = "https://www.service-public.fr/";
    private static final List<String> SOFTWARE_KEYS = List.of(
            "about.software.openjfx", "about.software.attach", "about.software.apache", "about.software.sqlite");

    private final I18n i18n;
    private final Browser browser;
    private final Node view;

    public AboutScreen(I18n i18n, Browser browser, String version) {
        this.i18n = i18n;
        this.browser = browser;
        VBox software = new VBox();
        SOFTWARE_KEYS.forEach(key -> software.getChildren().add(Components.paragraph(i18n.text(key))));
        this.view = Components.page(
                Components.heading(i18n, i18n.text("app.name")),
                Components.paragraph(i18n.text("about.version", version)),
                Components.paragraph(i18n.text("about.purpose")),
                card(Components.heading(i18n, i18n.text("about.data")),
                        Components.paragraph(i18n.text("about.data.annuaire")),
                        Components.paragraph(i18n.text("about.data.procedures")),
                        link("about.link.licence", LICENCE_OUVERTE),
                        link("about.link.servicePublic", SERVICE_PUBLIC)),
                card(Components.heading(i18n, i18n.text("about.software")), software),
                card(Components.heading(i18n, i18n.text("about.accessibility")),
                        Components.paragraph(i18n.text("about.accessibility.status")),
                        Components.paragraph(i18n.text("about.accessibility.screenReaders"))));
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("about.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private static Node card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private Hyperlink link(String key, String url) {
        Hyperlink link = new Hyperlink();
        link.textProperty().bind(i18n.text(key));
        link.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
        link.setWrapText(true);
        link.setOnAction(event -> browser.open(url));
        return link;
    }
}
