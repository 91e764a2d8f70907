package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/** "What to bring": a check box per document for the chosen situation, ticks kept on the device. */
final class ChecklistSection {
    private static final String PATH_SEPARATOR = " › ";

    private final I18n i18n;
    private final ProcedureViewModel model;
    private final OfficialContent content;
    private final VBox groups = new VBox();
    private final IntegerProperty ready = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();

    private ChecklistSection(I18n i18n, ProcedureViewModel model, OfficialContent content) {
        this.i18n = i18n;
        this.model = model;
        this.content = content;
        groups.getStyleClass().add(ProcedureStyles.GROUPS);
        model.checklist().addListener((ListChangeListener<ChecklistGroup>) change -> fill());
        fill();
    }

    static Node of(I18n i18n, ProcedureViewModel model, OfficialContent content) {
        ChecklistSection section = new ChecklistSection(i18n, model, content);
        Label progress = Components.wrapping(i18n.text("procedure.documents.progress", section.ready, section.total),
                Styles.FIELD_LABEL);
        Visibility.showWhen(progress, section.total.greaterThan(0));
        Label empty = Components.paragraph(i18n.text(model.listsDocuments()
                ? "procedure.documents.chooseSituation" : "procedure.documents.none"));
        Visibility.showWhen(empty, section.total.isEqualTo(0));
        return PageSection.titled(i18n, "procedure.documents.heading",
                Components.paragraph(i18n.text("procedure.documents.intro")), progress, empty, section.groups);
    }

    private void fill() {
        List<Node> nodes = new ArrayList<>();
        List<ChecklistItem> items = new ArrayList<>();
        boolean several = model.checklist().size() > 1;
        for (ChecklistGroup group : model.checklist()) {
            VBox box = new VBox();
            box.getStyleClass().add(Styles.STACK);
            if (several && !group.situation().isEmpty()) {
                box.getChildren().add(Components.wrapping(
                        i18n.text("procedure.documents.group", DisplayText.of(String.join(PATH_SEPARATOR, group.situation()))),
                        ProcedureStyles.SUBHEADING));
            }
            group.items().forEach(item -> box.getChildren().add(document(item)));
            items.addAll(group.items());
            nodes.add(box);
        }
        groups.getChildren().setAll(nodes);
        total.set(items.size());
        Runnable count = () -> ready.set((int) items.stream().filter(item -> item.tickedProperty().get()).count());
        items.forEach(item -> item.tickedProperty().addListener(observable -> count.run()));
        count.run();
    }

    private Node document(ChecklistItem item) {
        CheckBox box = new WrappingCheckBox(DisplayText.of(item.document().text()));
        box.selectedProperty().bindBidirectional(item.tickedProperty());
        if (item.document().details().isEmpty()) {
            return box;
        }
        VBox details = content.render(item.document().details());
        details.getStyleClass().add(ProcedureStyles.INDENTED);
        return new VBox(box, details);
    }
}
