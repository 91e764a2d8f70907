package org.guichet.feedback;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * What the guard found, by kind ("une adresse e-mail, un numéro de téléphone"), with the two ways
 * on: mask it, or change the text. Nothing is sent until the citizen picks one.
 */
final class PersonalDataPanel {

    private PersonalDataPanel() {
    }

    static VBox of(I18n i18n, ObservableList<PersonalDataKind> found, Runnable mask, Runnable edit) {
        StringBinding kinds = Bindings.createStringBinding(() -> found.stream().map(kind -> i18n.get(kind.key()))
                .collect(Collectors.joining(i18n.get("personal_data.separator"))), found, i18n.languageProperty());
        Button maskButton = Components.primaryButton(i18n.text("personal_data.mask"), mask);
        maskButton.accessibleHelpProperty().bind(i18n.text("personal_data.mask.help"));
        VBox panel = new VBox(
                Components.heading(i18n, i18n.text("personal_data.heading")),
                Components.paragraph(i18n.text("personal_data.found", kinds)),
                Components.paragraph(i18n.text("personal_data.why")),
                maskButton,
                Components.secondaryButton(i18n.text("personal_data.edit"), edit));
        panel.getStyleClass().add(Styles.CARD);
        return panel;
    }

    /** The words that replace a kind of personal data in a masked text, e.g. "[adresse e-mail masquée]". */
    static Function<PersonalDataKind, String> placeholders(I18n i18n) {
        return kind -> i18n.get(switch (kind) {
            case EMAIL -> "personal_data.masked.email";
            case PHONE -> "personal_data.masked.phone";
            case NIR -> "personal_data.masked.nir";
            case IBAN -> "personal_data.masked.iban";
            case TAX_NUMBER -> "personal_data.masked.tax_number";
            case CAF_NUMBER -> "personal_data.masked.caf_number";
        });
    }
}
