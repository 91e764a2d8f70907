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

/** Mon espace: following one's files (with FranceConnect, to come), one's appointments, and one's data. */
public final class MySpaceScreen implements Screen {

    private final I18n i18n;
    private final Node view;

    public MySpaceScreen(I18n i18n, Navigator navigator) {
        this.i18n = i18n;
        VBox files = new VBox(
                Components.heading(i18n, i18n.text("mySpace.files.heading")),
                Components.paragraph(i18n.text("mySpace.files.planned")));
        files.getStyleClass().add(Styles.CARD);
        VBox device = new VBox(
                Components.heading(i18n, i18n.text("mySpace.device.heading")),
                Components.paragraph(i18n.text("mySpace.device.body")),
                Components.secondaryButton(i18n.text("mySpace.appointments"),
                        () -> navigator.showTab(Destinations.APPOINTMENTS)),
                Components.secondaryButton(i18n.text("mySpace.feedback.open"),
                        () -> navigator.open(Destinations.MY_FEEDBACK)),
                Components.secondaryButton(i18n.text("mySpace.myData"), () -> navigator.open(Destinations.MY_DATA)));
        device.getStyleClass().addAll(Styles.CARD);
        this.view = Components.page(files, device);
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("mySpace.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
