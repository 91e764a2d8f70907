package org.guichet.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guichet.domain.feedback.AnswerProblem;
import org.guichet.domain.feedback.AnswerRules;
import org.guichet.domain.feedback.ChannelHeading;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.FieldCode;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.OfficialChoice;
import org.guichet.domain.feedback.Question;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.StepCode;
import org.guichet.domain.feedback.Wording;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * The four steps of the questionnaire, built once from the official questions, and kept in step
 * with the answers held by the view-model. Every text comes from the bundle, under the wording's
 * stable key.
 */
final class QuestionViews {
    private static final String[] FACES = {
        "M12 2 A10 10 0 1 1 11.99 2 Z M12 4 A8 8 0 1 0 12.01 4 Z M8 8 L10 8 L10 10.5 L8 10.5 Z"
                + " M14 8 L16 8 L16 10.5 L14 10.5 Z M7.5 17.5 Q12 12.8 16.5 17.5 L15.3 18.4 Q12 15 8.7 18.4 Z",
        "M12 2 A10 10 0 1 1 11.99 2 Z M12 4 A8 8 0 1 0 12.01 4 Z M8 8 L10 8 L10 10.5 L8 10.5 Z"
                + " M14 8 L16 8 L16 10.5 L14 10.5 Z M8 14.8 L16 14.8 L16 16.3 L8 16.3 Z",
        "M12 2 A10 10 0 1 1 11.99 2 Z M12 4 A8 8 0 1 0 12.01 4 Z M8 8 L10 8 L10 10.5 L8 10.5 Z"
                + " M14 8 L16 8 L16 10.5 L14 10.5 Z M7.5 14 Q12 18.7 16.5 14 L15.3 13.1 Q12 16.5 8.7 13.1 Z"};

    private final I18n i18n;
    private final QuestionnaireViewModel model;
    private final Questionnaire questionnaire;
    private final List<Consumer<FeedbackAnswers>> followers = new ArrayList<>();

    QuestionViews(I18n i18n, QuestionnaireViewModel model) {
        this.i18n = i18n;
        this.model = model;
        this.questionnaire = model.questionnaire();
        model.answersProperty().addListener((observable, before, answers) -> follow(answers));
    }

    /** Every step's view, keyed by its position. */
    List<Node> steps() {
        List<Node> steps = List.of(experience(), clarity(), help(), comment());
        follow(model.answersProperty().get());
        return steps;
    }

    private void follow(FeedbackAnswers answers) {
        followers.forEach(follower -> follower.accept(answers));
    }

    private Node experience() {
        Question question = questionnaire.question(FieldCode.SATISFACTION);
        VBox choices = stack();
        ToggleGroup group = new ToggleGroup();
        Satisfaction[] values = Satisfaction.values();
        for (int i = 0; i < values.length; i++) {
            Satisfaction value = values[i];
            ToggleButton button = FeedbackControls.choice(text(optionWording(question, value)),
                    () -> model.chooseSatisfaction(value));
            button.setGraphic(Components.icon(FACES[i]));
            button.setToggleGroup(group);
            followers.add(answers -> button.setSelected(answers.satisfaction().equals(Optional.of(value))));
            choices.getChildren().add(button);
        }
        return step(StepCode.EXPERIENCE, FeedbackControls.fieldLabel(text(question.label())),
                problems(FieldCode.SATISFACTION), choices);
    }

    private Node clarity() {
        Question question = questionnaire.question(FieldCode.COMPREHENSION);
        HBox marks = new HBox();
        marks.getStyleClass().add(FeedbackStyles.MARKS);
        ToggleGroup group = new ToggleGroup();
        for (int mark = AnswerRules.COMPREHENSION_LOWEST; mark <= AnswerRules.COMPREHENSION_HIGHEST; mark++) {
            int value = mark;
            ToggleButton button = FeedbackControls.choice(text(optionWording(question, Integer.toString(mark))),
                    () -> model.chooseComprehension(value));
            button.setToggleGroup(group);
            button.accessibleTextProperty().bind(markName(question, mark));
            HBox.setHgrow(button, Priority.ALWAYS);
            followers.add(answers -> button.setSelected(answers.comprehension().isPresent()
                    && answers.comprehension().getAsInt() == value));
            marks.getChildren().add(button);
        }
        Label lowest = Components.wrapping(text(question.scaleEnds().orElseThrow().lowest()), Styles.HINT);
        Label highest = Components.wrapping(text(question.scaleEnds().orElseThrow().highest()), Styles.HINT);
        highest.getStyleClass().add(FeedbackStyles.SCALE_END_HIGH);
        HBox.setHgrow(lowest, Priority.ALWAYS);
        HBox.setHgrow(highest, Priority.ALWAYS);
        HBox ends = new HBox(lowest, highest);
        ends.getStyleClass().add(FeedbackStyles.SCALE_ENDS);
        return step(StepCode.CLARITY, FeedbackControls.fieldLabel(text(question.label())), hint(question),
                problems(FieldCode.COMPREHENSION), marks, ends);
    }

    private StringBinding markName(Question question, int mark) {
        Optional<Wording> end = mark == AnswerRules.COMPREHENSION_LOWEST
                ? question.scaleEnds().map(ends -> ends.lowest())
                : mark == AnswerRules.COMPREHENSION_HIGHEST ? question.scaleEnds().map(ends -> ends.highest()) : Optional.empty();
        return end.map(wording -> i18n.text("feedback.mark.nameWithEnd", mark, text(wording)))
                .orElseGet(() -> i18n.text("feedback.mark.name", mark));
    }

    private Node help() {
        Question tried = questionnaire.question(FieldCode.CONTACT_TRIED);
        VBox boxes = stack();
        for (HelpChannel channel : HelpChannel.values()) {
            CheckBox box = FeedbackControls.checkBox(text(optionWording(tried, channel)));
            box.setOnAction(event -> model.setChannelTried(channel, box.isSelected()));
            followers.add(answers -> box.setSelected(answers.contactTried().contains(channel)));
            boxes.getChildren().add(box);
        }
        Question reached = questionnaire.question(FieldCode.CONTACT_REACHED);
        VBox perChannel = stack();
        for (HelpChannel channel : HelpChannel.administrationChannels()) {
            perChannel.getChildren().add(channelQuestions(channel));
        }
        VBox reachedPart = new VBox(FeedbackControls.fieldLabel(text(reached.label())), perChannel);
        reachedPart.getStyleClass().add(Styles.STACK);
        followers.add(answers -> {
            boolean any = answers.contactTried().stream().anyMatch(HelpChannel::isAdministration);
            reachedPart.setVisible(any);
            reachedPart.setManaged(any);
        });
        return step(StepCode.HELP, FeedbackControls.fieldLabel(text(tried.label())), hint(tried),
                problems(FieldCode.CONTACT_TRIED), boxes, problems(FieldCode.CONTACT_REACHED),
                problems(FieldCode.CONTACT_SATISFACTION), reachedPart);
    }

    /** For one administration channel: was it reached, and if so, how good was the help. */
    private Node channelQuestions(HelpChannel channel) {
        Question reached = questionnaire.question(FieldCode.CONTACT_REACHED);
        Question quality = questionnaire.question(FieldCode.CONTACT_SATISFACTION);
        ObservableStringValue heading = text(headingOf(reached, channel));
        Label title = Components.wrapping(heading, Styles.FIELD_LABEL);
        Components.markHeading(i18n, title);
        VBox reachedChoices = radios(heading, ContactReached.values(), reached,
                value -> model.chooseReached(channel, value),
                (answers, value) -> answers.contactReached().get(channel) == value);
        VBox qualityChoices = radios(text(headingOf(quality, channel)), HelpQuality.values(), quality,
                value -> model.chooseQuality(channel, value),
                (answers, value) -> answers.contactSatisfaction().get(channel) == value);
        VBox qualityPart = new VBox(FeedbackControls.fieldLabel(text(quality.label())), qualityChoices);
        qualityPart.getStyleClass().add(Styles.STACK);
        VBox section = new VBox(title, reachedChoices, qualityPart);
        section.getStyleClass().addAll(Styles.STACK, FeedbackStyles.CHANNEL);
        followers.add(answers -> {
            boolean tried = answers.contactTried().contains(channel);
            section.setVisible(tried);
            section.setManaged(tried);
            boolean helped = answers.contactReached().get(channel) == ContactReached.YES;
            qualityPart.setVisible(helped);
            qualityPart.setManaged(helped);
        });
        return section;
    }

    private interface Chosen<C> {
        boolean test(FeedbackAnswers answers, C value);
    }

    private <C extends OfficialChoice> VBox radios(ObservableStringValue channel, C[] values, Question question,
                                                   Consumer<C> choose, Chosen<C> chosen) {
        VBox radios = stack();
        ToggleGroup group = new ToggleGroup();
        for (C value : values) {
            ObservableStringValue label = text(optionWording(question, value));
            RadioButton radio = FeedbackControls.radio(label, () -> choose.accept(value));
            radio.setToggleGroup(group);
            radio.accessibleTextProperty().bind(i18n.text("feedback.perChannel.choice", channel, label));
            followers.add(answers -> radio.setSelected(chosen.test(answers, value)));
            radios.getChildren().add(radio);
        }
        return radios;
    }

    private Node comment() {
        Question question = questionnaire.question(FieldCode.VERBATIM);
        Label label = FeedbackControls.fieldLabel(text(question.label()));
        ObservableStringValue warning = text(question.hint().orElseThrow());
        Label warningLabel = Components.wrapping(warning, Styles.FIELD_LABEL);
        Label notice = Components.wrapping(text(question.notice().orElseThrow()), Styles.HINT);
        TextArea area = FeedbackControls.textArea(label, warning);
        area.textProperty().bindBidirectional(model.commentProperty());
        Label count = Components.wrapping(i18n.text("feedback.comment.count",
                Bindings.length(model.commentProperty()), AnswerRules.VERBATIM_MAX_LENGTH), Styles.HINT);
        return step(StepCode.COMMENT, label, warningLabel, notice, area, count, problems(FieldCode.VERBATIM));
    }

    private Node step(StepCode code, Node... content) {
        VBox step = new VBox(content);
        step.getStyleClass().add(Styles.STACK);
        FeedbackControls.showWhen(step, model.stepProperty().isEqualTo(code));
        return step;
    }

    private Node hint(Question question) {
        return Components.wrapping(text(question.hint().orElseThrow()), Styles.HINT);
    }

    /** The problems of one field, in words, shown next to it while they hold. */
    private Label problems(FieldCode field) {
        StringBinding words = Bindings.createStringBinding(() -> model.problems().stream()
                .filter(problem -> problem.field() == field).map(this::problemText).distinct()
                .collect(Collectors.joining("\n")), model.problems(), i18n.languageProperty());
        Label label = FeedbackControls.error(words);
        FeedbackControls.showWhen(label, words.isNotEmpty());
        return label;
    }

    private String problemText(AnswerProblem problem) {
        return i18n.get(problem.code().key());
    }

    private ObservableStringValue text(Wording wording) {
        return i18n.text(wording.key());
    }

    private static Wording optionWording(Question question, OfficialChoice choice) {
        return optionWording(question, choice.officialValue());
    }

    private static Wording optionWording(Question question, String officialValue) {
        return question.options().stream().filter(option -> option.officialValue().equals(officialValue))
                .findFirst().orElseThrow().wording();
    }

    private static Wording headingOf(Question question, HelpChannel channel) {
        return question.channels().stream().filter(heading -> heading.channel() == channel)
                .map(ChannelHeading::heading).findFirst().orElseThrow();
    }

    private static VBox stack() {
        VBox stack = new VBox();
        stack.getStyleClass().add(Styles.STACK);
        return stack;
    }
}
