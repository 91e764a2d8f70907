package org.guichet.directory;

import javafx.scene.layout.VBox;
import org.guichet.domain.office.Office;

/**
 * What other features add to an office page (e.g. "Prendre rendez-vous"): called on the FX thread
 * once the office is loaded, with the page's empty {@code office-actions} area to fill.
 */
@FunctionalInterface
public interface OfficeActions {

    OfficeActions NONE = (area, office) -> { };

    void fill(VBox area, Office office);
}
