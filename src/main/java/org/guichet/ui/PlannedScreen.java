package org.guichet.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.guichet.ui.Screen;
import org.guichet.i18n.I18n;

/** A tab whose feature has not landed yet: it says in plain words what will be there. */
public final class PlannedScreen implements Screen {

    private final ObservableStringValue title;
    private final Node view;

    public PlannedScreen(I18n i18n, String titleKey, ObservableStringValue explanation) {
        this.title = i18n.text(titleKey);
        this.view = Components.page(
                Components.heading(i18n, i18n.text("planned.heading")),
                Components.paragraph(explanation));
    }

    @Override
    public ObservableStringValue title() {
        return title;
    }

    @Override
    public Node view() {
        return view;
    }
}
