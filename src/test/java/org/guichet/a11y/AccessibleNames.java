package org.guichet.a11y;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * The name a screen reader announces for a node, resolved as JavaFX does: its accessible text, or
 * the text of a label pointing at it, or its own text (buttons, labels, links).
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    public static String of(Node node) {
        if (hasText(node.getAccessibleText())) {
            return node.getAccessibleText().strip();
        }
        Label label = labelFor(node);
        if (label != null && hasText(label.getText())) {
            return label.getText().strip();
        }
        if (node instanceof Labeled labeled && !(node instanceof TextInputControl) && hasText(labeled.getText())) {
            return labeled.getText().strip();
        }
        return "";
    }

    private static Label labelFor(Node node) {
        if (node.getScene() == null) {
            return null;
        }
        return find(node.getScene().getRoot(), node);
    }

    private static Label find(Node current, Node target) {
        if (current instanceof Label label && label.getLabelFor() == target) {
            return label;
        }
        if (current instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Label found = find(child, target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
