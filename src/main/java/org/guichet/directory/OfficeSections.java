package org.guichet.directory;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** The blocks of an office page, built from one loaded office in the active language. */
final class OfficeSections {

    private final I18n i18n;
    private final OfficeViewModel model;
    private final Office office;

    OfficeSections(I18n i18n, OfficeViewModel model, Office office) {
        this.i18n = i18n;
        this.model = model;
        this.office = office;
    }

    Node summary() {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.STACK);
        String type = model.typeText();
        if (!type.isEmpty()) {
            box.getChildren().add(Components.wrapping(fixed(type), Styles.HINT));
        }
        box.getChildren().add(Components.wrapping(fixed(model.statusText()), Styles.STATUS));
        return box;
    }

    Node week() {
        VBox days = new VBox();
        days.setAccessibleRole(AccessibleRole.LIST_VIEW);
        days.getStyleClass().add(Styles.STACK);
        for (WeekLine line : model.week()) {
            Label day = Components.wrapping(fixed(line.text()), Styles.BODY);
            day.setAccessibleRole(AccessibleRole.LIST_ITEM);
            if (line.today()) {
                day.getStyleClass().add(Styles.TODAY);
            }
            days.getChildren().add(day);
            line.notes().forEach(note -> days.getChildren().add(Components.wrapping(fixed(note), Styles.HINT)));
        }
        VBox card = card(Components.heading(i18n, i18n.text("directory.office.week")), days);
        if (!office.hoursComment().isEmpty()) {
            card.getChildren().add(Components.paragraph(i18n.text("directory.office.hoursComment", office.hoursComment())));
        }
        return card;
    }

    Node contact() {
        VBox card = card(Components.heading(i18n, i18n.text("directory.office.contact")));
        for (Phone phone : office.phones()) {
            card.getChildren().add(phone.description().isEmpty()
                    ? button(i18n.text("directory.office.call", phone.number()), () -> model.call(phone))
                    : button(i18n.text("directory.office.callFor", phone.number(), phone.description()),
                            () -> model.call(phone)));
        }
        for (Phone phone : office.accessiblePhones()) {
            card.getChildren().add(button(i18n.text("directory.office.callAccessible", phone.number()),
                    () -> model.call(phone)));
        }
        for (String email : office.emails()) {
            Button write = button(i18n.text("directory.office.email"), () -> model.writeTo(email));
            write.setAccessibleHelp(email);
            card.getChildren().addAll(write, longText(email));
        }
        for (Link site : office.websites()) {
            Button visit = web(i18n.text("directory.office.website"), site.url());
            visit.accessibleHelpProperty().bind(i18n.text("directory.office.websiteHelp", site.url()));
            card.getChildren().addAll(visit, longText(site.url()));
        }
        if (!office.contactFormUrl().isEmpty()) {
            card.getChildren().add(web(i18n.text("directory.office.contactForm"), office.contactFormUrl()));
        }
        if (!office.chatUrl().isEmpty()) {
            card.getChildren().add(web(i18n.text("directory.office.chat"), office.chatUrl()));
        }
        if (card.getChildren().size() == 1) {
            card.getChildren().add(Components.paragraph(i18n.text("directory.office.noContact")));
        }
        return card;
    }

    Node address() {
        VBox card = card(Components.heading(i18n, i18n.text("directory.office.address")));
        office.visitAddress().ifPresentOrElse(address -> {
            address.lines().forEach(line -> card.getChildren().add(Components.paragraph(fixed(line))));
            card.getChildren().add(Components.paragraph(
                    i18n.text("directory.office.postcodeCommune", address.postcode(), address.commune())));
            card.getChildren().add(Components.wrapping(fixed(model.accessibilityText(address)), Styles.FIELD_LABEL));
            if (!address.accessibilityNote().isEmpty()) {
                card.getChildren().add(Components.paragraph(
                        i18n.text("directory.office.accessNote", address.accessibilityNote())));
            }
            if (model.hasDirections()) {
                card.getChildren().add(button(i18n.text("directory.office.directions"), model::directions));
            }
        }, () -> card.getChildren().add(Components.paragraph(i18n.text("directory.office.noAddress"))));
        return card;
    }

    Node moreInformation() {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.STACK);
        if (!office.servicePublicUrl().isEmpty()) {
            box.getChildren().add(web(i18n.text("directory.office.servicePublic"), office.servicePublicUrl()));
        }
        box.getChildren().addAll(Components.wrapping(fixed(model.updatedText()), Styles.HINT),
                Components.wrapping(i18n.text("directory.attribution"), Styles.HINT));
        return box;
    }

    private Button button(ObservableStringValue text, Runnable action) {
        return Components.secondaryButton(text, action);
    }

    private Button web(ObservableStringValue text, String url) {
        Button button = Components.secondaryButton(text, () -> model.open(url));
        button.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
        return button;
    }

    /** An address or URL on one line, never broken mid-word: it scrolls sideways when wider than the screen. */
    private static Node longText(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.HINT);
        label.setMinWidth(Label.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(label);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add(Styles.LONG_TEXT);
        return scroll;
    }

    private static VBox card(Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private static ObservableStringValue fixed(String text) {
        return new SimpleStringProperty(text);
    }
}
