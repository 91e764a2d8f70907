package org.guichet.procedures;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * "Your situation": one group of radio buttons per question the fiche asks, shown once the
 * answers it depends on are given. A question's controls stay in place while the user answers, so
 * keyboard focus is not lost.
 */
final class SituationSection {

    private final I18n i18n;
    private final ProcedureViewModel model;
    private final Map<SituationQuestion, Node> shown = new HashMap<>();
    private final VBox questions = new VBox();

    private SituationSection(I18n i18n, ProcedureViewModel model) {
        this.i18n = i18n;
        this.model = model;
        questions.getStyleClass().add(ProcedureStyles.GROUPS);
        model.questions().addListener((ListChangeListener<SituationQuestion>) change -> fill());
        fill();
    }

    static Node of(I18n i18n, ProcedureViewModel model) {
        SituationSection section = new SituationSection(i18n, model);
        return PageSection.titled(i18n, "procedure.situation.heading",
                Components.paragraph(i18n.text("procedure.situation.intro")), section.questions);
    }

    private void fill() {
        questions.getChildren().setAll(model.questions().stream()
                .map(question -> shown.computeIfAbsent(question, this::question))
                .toList());
    }

    private Node question(SituationQuestion question) {
        Label label = Components.wrapping(question.parent().isEmpty()
                ? i18n.text("procedure.situation.question")
                : i18n.text("procedure.situation.refine", DisplayText.of(question.parent().get(question.parent().size() - 1))),
                Styles.FIELD_LABEL);
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(label);
        for (String option : question.options()) {
            RadioButton radio = new WrappingRadioButton(DisplayText.of(option));
            radio.setUserData(option);
            radio.setToggleGroup(group);
            radio.accessibleHelpProperty().bind(label.textProperty());
            options.getChildren().add(radio);
        }
        Runnable showAnswer = () -> {
            String answer = model.answer(question).orElse(null);
            group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData().equals(answer)));
        };
        showAnswer.run();
        group.selectedToggleProperty().addListener((observable, before, selected) -> choose(question, selected));
        model.chosenProperty().addListener(observable -> showAnswer.run());
        return options;
    }

    private void choose(SituationQuestion question, Toggle selected) {
        if (selected != null) {
            model.choose(question, (String) selected.getUserData());
        }
    }
}
