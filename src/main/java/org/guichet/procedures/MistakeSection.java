package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.Procedure;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;

/**
 * "Made a mistake?": the right to make a mistake (fiche F34677: what it is and how to put things
 * right) and the traps this fiche itself warns about.
 */
final class MistakeSection {

    private final I18n i18n;
    private final ProcedureViewModel model;
    private final OfficialContent ownContent;
    private final OfficialContent guideContent;
    private final Consumer<String> openFiche;

    MistakeSection(I18n i18n, ProcedureViewModel model, OfficialContent ownContent, OfficialContent guideContent,
                   Consumer<String> openFiche) {
        this.i18n = i18n;
        this.model = model;
        this.ownContent = ownContent;
        this.guideContent = guideContent;
        this.openFiche = openFiche;
    }

    Node build(ProcedurePage page) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Components.heading(i18n, i18n.text("procedure.mistake.warnings")));
        if (model.warnings().isEmpty()) {
            nodes.add(Components.paragraph(i18n.text("procedure.mistake.noWarnings")));
        }
        for (Block.Callout warning : model.warnings()) {
            nodes.add(ownContent.render(List.of(warning)));
        }
        page.droitALErreur().ifPresent(rightToErr -> nodes.addAll(rightToErr(rightToErr)));
        return PageSection.stack(nodes);
    }

    private List<Node> rightToErr(Procedure rightToErr) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Components.heading(i18n, i18n.text("procedure.mistake.rightToErr")));
        nodes.add(PageSection.official(rightToErr.summary().description()));
        nodes.add(guideContent.render(rightToErr.content()));
        if (!rightToErr.id().equals(model.id())) {
            Button open = Components.secondaryButton(i18n.text("procedure.mistake.open", DisplayText.of(rightToErr.title())),
                    () -> openFiche.accept(rightToErr.id()));
            nodes.add(open);
        }
        return nodes;
    }
}
