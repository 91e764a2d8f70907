package org.guichet.procedures;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.guichet.domain.procedure.RequiredDocument;

/** One document of the "what to bring" list, with whether the user has it ready. */
public final class ChecklistItem {

    private final RequiredDocument document;
    private final BooleanProperty ticked;

    ChecklistItem(RequiredDocument document, boolean ticked) {
        this.document = document;
        this.ticked = new SimpleBooleanProperty(ticked);
    }

    public RequiredDocument document() {
        return document;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }
}
