package org.guichet.feedback;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.FeedbackTopic;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * The "Votre avis" section of a procedure or office page: the satisfaction score and improvements
 * when the gateway has some, the invitation "Je donne mon avis" (once), and for a procedure
 * "Signaler un document difficile à comprendre". Nothing pops up: the citizen comes to it.
 */
public final class SubjectFeedbackSection {

    private final I18n i18n;
    private final SubjectFeedbackViewModel model;
    private final VBox improvements = new VBox();
    private final VBox view;
    private final InvalidationListener relabel = observable -> showImprovements();

    public SubjectFeedbackSection(I18n i18n, Navigator navigator, FeedbackTopic topic, SubjectFeedbackViewModel model) {
        this.i18n = i18n;
        this.model = model;
        Label score = Components.wrapping(Bindings.createStringBinding(this::scoreText, model.summaryProperty(),
                i18n.languageProperty()), Styles.FIELD_LABEL);
        FeedbackControls.showWhen(score, model.hasScore());
        improvements.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(improvements, model.hasImprovements());
        model.summaryProperty().addListener(relabel);
        i18n.languageProperty().addListener(new WeakInvalidationListener(relabel));

        Label done = Components.paragraph(i18n.text(topic.kind() == FeedbackTopic.Kind.OFFICE
                ? "subjectFeedback.invitation.office" : "subjectFeedback.invitation"));
        Button give = Components.primaryButton(i18n.text("subjectFeedback.give"),
                () -> navigator.open(Destinations.FEEDBACK, topic));
        VBox invitation = new VBox(done, give);
        invitation.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(invitation, model.answeredProperty().not());
        Label thanks = Components.wrapping(i18n.text("subjectFeedback.thanks"), Styles.FIELD_LABEL);
        Button list = Components.secondaryButton(i18n.text("feedback.openList"), () -> navigator.open(Destinations.MY_FEEDBACK));
        VBox answered = new VBox(thanks, list);
        answered.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(answered, model.answeredProperty());

        this.view = new VBox(Components.heading(i18n, i18n.text("subjectFeedback.heading")), score, improvements,
                invitation, answered);
        if (topic.kind() == FeedbackTopic.Kind.PROCEDURE) {
            view.getChildren().add(Components.secondaryButton(i18n.text("subjectFeedback.report"),
                    () -> navigator.open(Destinations.DOCUMENT_REPORT, topic)));
        }
        view.getStyleClass().add(Styles.STACK);
        model.load();
    }

    public Node view() {
        return view;
    }

    private String scoreText() {
        SatisfactionSummary summary = model.summaryProperty().get();
        if (summary == null || summary.score() == null) {
            return "";
        }
        return i18n.get(model.isDemo() ? "subjectFeedback.score.demo" : "subjectFeedback.score",
                summary.score(), summary.answerCount());
    }

    private void showImprovements() {
        improvements.getChildren().clear();
        if (model.improvements().isEmpty()) {
            return;
        }
        Label heading = Components.wrapping(i18n.text("subjectFeedback.improvements"), Styles.FIELD_LABEL);
        Components.markHeading(i18n, heading);
        improvements.getChildren().add(heading);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.language().locale());
        for (Improvement improvement : model.improvements()) {
            VBox entry = new VBox(
                    text(i18n.get("subjectFeedback.youSaid", improvement.youSaid()), Styles.BODY),
                    text(i18n.get("subjectFeedback.weDid", improvement.weDid()), Styles.BODY));
            if (improvement.date() != null) {
                entry.getChildren().add(text(i18n.get("subjectFeedback.date", format.format(improvement.date())), Styles.HINT));
            }
            entry.getStyleClass().add(Styles.CARD);
            improvements.getChildren().add(entry);
        }
    }

    private static Label text(String words, String style) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        return label;
    }
}
