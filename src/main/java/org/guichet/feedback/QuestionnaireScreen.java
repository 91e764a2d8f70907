package org.guichet.feedback;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.guichet.domain.feedback.StepCode;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * "Je donne mon avis": the official JDMA questionnaire, one step at a time ("Étape 2 sur 4"),
 * sendable after any step, then a thank-you that says whether the answer has left the phone.
 */
public final class QuestionnaireScreen implements Screen {

    private final I18n i18n;
    private final ScrollPane view;

    public QuestionnaireScreen(I18n i18n, Navigator navigator, FeedbackTopic topic, QuestionnaireViewModel model) {
        this.i18n = i18n;
        BooleanBinding answering = model.phaseProperty().isEqualTo(SendPhase.ANSWERING);
        BooleanBinding saved = model.phaseProperty().isEqualTo(SendPhase.SAVED);

        VBox intro = new VBox(Components.paragraph(i18n.text(
                model.questionnaire().step(StepCode.EXPERIENCE).introduction().orElseThrow().key(), topic.title())));
        intro.getStyleClass().add(Styles.STACK);
        if (model.isDemo()) {
            intro.getChildren().add(Components.wrapping(i18n.text("feedback.demo"), FeedbackStyles.DEMO));
        }
        Label stepper = Components.heading(i18n, Bindings.createStringBinding(() -> i18n.get("feedback.stepper",
                model.stepNumber(), QuestionnaireViewModel.stepCount(), i18n.get(model.stepProperty().get().key())),
                model.stepProperty(), i18n.languageProperty()));
        VBox steps = new VBox();
        steps.getChildren().setAll(new QuestionViews(i18n, model).steps());
        Label saveFailed = FeedbackControls.error(i18n.text("feedback.saveFailed"));
        FeedbackControls.showWhen(saveFailed, model.saveFailedProperty());
        VBox form = new VBox(intro, stepper, steps, saveFailed, buttons(model));
        form.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(form, answering.or(model.phaseProperty().isEqualTo(SendPhase.SAVING)));
        form.disableProperty().bind(answering.not());

        VBox personalData = PersonalDataPanel.of(i18n, model.personalDataFound(),
                () -> model.maskPersonalDataAndSend(PersonalDataPanel.placeholders(i18n)), model::editComment);
        FeedbackControls.showWhen(personalData, model.phaseProperty().isEqualTo(SendPhase.PERSONAL_DATA_FOUND));
        VBox thanks = SavedPanel.of(i18n, "feedback.thanks", model.savedProperty(), model::retryNow,
                () -> navigator.open(Destinations.MY_FEEDBACK), navigator::back);
        FeedbackControls.showWhen(thanks, saved);

        this.view = Components.page(form, personalData, thanks);
        model.stepProperty().addListener((observable, before, now) -> view.setVvalue(0));
        model.phaseProperty().addListener((observable, before, now) -> {
            view.setVvalue(0);
            FeedbackControls.focusFirstButton(now == SendPhase.SAVED ? thanks : personalData);
        });
    }

    private Node buttons(QuestionnaireViewModel model) {
        BooleanBinding last = Bindings.createBooleanBinding(model::isLastStep, model.stepProperty());
        BooleanBinding first = model.stepProperty().isEqualTo(StepCode.EXPERIENCE);
        Button next = Components.primaryButton(i18n.text("feedback.next"), model::next);
        FeedbackControls.showWhen(next, last.not());
        Button sendNow = Components.secondaryButton(i18n.text("feedback.sendNow"), model::send);
        sendNow.accessibleHelpProperty().bind(i18n.text("feedback.sendNow.help"));
        FeedbackControls.showWhen(sendNow, last.not());
        Button send = Components.primaryButton(i18n.text("feedback.send"), model::send);
        FeedbackControls.showWhen(send, last);
        Button previous = Components.secondaryButton(i18n.text("feedback.previous"), model::previous);
        FeedbackControls.showWhen(previous, first.not());
        VBox buttons = new VBox(next, send, sendNow, previous);
        buttons.getStyleClass().add(Styles.BUTTON_ROW);
        return buttons;
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("feedback.screenTitle");
    }

    @Override
    public Node view() {
        return view;
    }
}
