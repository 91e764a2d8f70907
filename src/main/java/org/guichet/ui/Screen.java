package org.guichet.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** One screen of the app: its title (shown in the top bar, announced as a heading) and its view. */
public interface Screen {

    ObservableStringValue title();

    Node view();
}
