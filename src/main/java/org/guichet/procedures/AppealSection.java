package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.TimeLimit;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * "If the answer is no": the appeal steps in order, each route with its deadlines first and its
 * official details on demand.
 */
final class AppealSection {

    private final I18n i18n;
    private final ProcedureViewModel model;
    private final OfficialContent ownContent;
    private final OfficialContent guideContent;

    AppealSection(I18n i18n, ProcedureViewModel model, OfficialContent ownContent, OfficialContent guideContent) {
        this.i18n = i18n;
        this.model = model;
        this.ownContent = ownContent;
        this.guideContent = guideContent;
    }

    /** Built when the user opens the section; rebuilt when the situation changes. */
    Node build() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Components.paragraph(i18n.text("procedure.appeals.intro")));
        List<AppealStep> steps = model.appealSteps();
        if (steps.isEmpty()) {
            nodes.add(Components.paragraph(i18n.text("procedure.appeals.none")));
        }
        for (int index = 0; index < steps.size(); index++) {
            nodes.add(step(index + 1, steps.get(index)));
        }
        return PageSection.stack(nodes);
    }

    private Node step(int number, AppealStep step) {
        Label heading = Components.wrapping(i18n.text("procedure.appeals.step", number, DisplayText.of(step.sourceTitle())),
                ProcedureStyles.STEP_HEADING);
        Components.markHeading(i18n, heading);
        VBox box = new VBox(heading);
        box.getStyleClass().addAll(ProcedureStyles.STEP, Styles.STACK);
        OfficialContent content = step.sourceId().equals(model.id()) ? ownContent : guideContent;
        step.routes().forEach(route -> box.getChildren().add(route(route, content)));
        return box;
    }

    private Node route(AppealRoute route, OfficialContent content) {
        Label title = Components.wrapping(new SimpleStringProperty(DisplayText.of(route.title())), ProcedureStyles.SUBHEADING);
        Components.markHeading(i18n, title);
        VBox box = new VBox(title);
        box.getStyleClass().add(Styles.STACK);
        for (TimeLimit deadline : route.deadlines()) {
            box.getChildren().add(Components.wrapping(i18n.text("procedure.appeals.deadline", DisplayText.of(deadline.text())),
                    ProcedureStyles.DEADLINE));
        }
        box.getChildren().add(new Disclosure(i18n.text("procedure.appeals.details", DisplayText.of(route.title())),
                () -> content.render(route.content())));
        return box;
    }
}
