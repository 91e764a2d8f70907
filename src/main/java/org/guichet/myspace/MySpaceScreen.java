package org.guichet.myspace;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/** Mon espace: what the app keeps on this device ("Mes avis"); files and login are still to come. */
public final class MySpaceScreen implements Screen {

    private final ObservableStringValue title;
    private final Node view;

    public MySpaceScreen(I18n i18n, Navigator navigator) {
        this.title = i18n.text("mySpace.title");
        VBox feedback = new VBox(
                Components.heading(i18n, i18n.text("mySpace.feedback.heading")),
                Components.paragraph(i18n.text("mySpace.feedback.text")),
                Components.secondaryButton(i18n.text("mySpace.feedback.open"), () -> navigator.open(Destinations.MY_FEEDBACK)));
        feedback.getStyleClass().add(Styles.CARD);
        this.view = Components.page(
                feedback,
                Components.heading(i18n, i18n.text("planned.heading")),
                Components.paragraph(i18n.text("mySpace.planned")));
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
