package org.guichet.feedback;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** "Signaler un document difficile à comprendre" about a procedure: what is unclear, a suggestion. */
public final class DocumentReportScreen implements Screen {

    private final I18n i18n;
    private final ScrollPane view;

    public DocumentReportScreen(I18n i18n, Navigator navigator, FeedbackTopic topic, DocumentReportViewModel model) {
        this.i18n = i18n;
        BooleanBinding answering = model.phaseProperty().isEqualTo(SendPhase.ANSWERING);
        ObservableStringValue warning = i18n.text("report.warning");
        Label unclearLabel = FeedbackControls.fieldLabel(i18n.text("report.unclear"));
        TextArea unclear = FeedbackControls.textArea(unclearLabel, warning);
        unclear.textProperty().bindBidirectional(model.unclearProperty());
        Label missing = FeedbackControls.error(i18n.text("report.unclear.missing"));
        FeedbackControls.showWhen(missing, model.unclearMissingProperty());
        Label suggestionLabel = FeedbackControls.fieldLabel(i18n.text("report.suggestion"));
        TextArea suggestion = FeedbackControls.textArea(suggestionLabel, warning);
        suggestion.textProperty().bindBidirectional(model.suggestionProperty());
        Label saveFailed = FeedbackControls.error(i18n.text("feedback.saveFailed"));
        FeedbackControls.showWhen(saveFailed, model.saveFailedProperty());
        VBox form = new VBox(
                Components.heading(i18n, i18n.text("report.about", topic.title())),
                Components.paragraph(i18n.text("report.intro")),
                Components.wrapping(warning, Styles.FIELD_LABEL),
                unclearLabel, missing, unclear, suggestionLabel, suggestion, saveFailed,
                Components.primaryButton(i18n.text("report.send"), model::send));
        form.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(form, answering.or(model.phaseProperty().isEqualTo(SendPhase.SAVING)));
        form.disableProperty().bind(answering.not());
        VBox personalData = PersonalDataPanel.of(i18n, model.personalDataFound(),
                () -> model.maskPersonalDataAndSend(PersonalDataPanel.placeholders(i18n)), model::editText);
        FeedbackControls.showWhen(personalData, model.phaseProperty().isEqualTo(SendPhase.PERSONAL_DATA_FOUND));
        VBox thanks = SavedPanel.of(i18n, "report.thanks", model.savedProperty(), model::retryNow,
                () -> navigator.open(Destinations.MY_FEEDBACK), navigator::back);
        FeedbackControls.showWhen(thanks, model.phaseProperty().isEqualTo(SendPhase.SAVED));
        this.view = Components.page(form, personalData, thanks);
        model.phaseProperty().addListener((observable, before, now) -> {
            view.setVvalue(0);
            FeedbackControls.focusFirstButton(now == SendPhase.SAVED ? thanks : personalData);
        });
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("report.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
