package org.guichet.procedures;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Shows a node, and gives it room in the layout, only while a condition holds. */
final class Visibility {

    private Visibility() {
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
