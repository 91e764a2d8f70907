package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.a11y.AccessibilityAudit;
import org.guichet.testing.AppUiTest;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.Test;

/** The type filters stay folded under the search field until asked for, and pass the audit when shown. */
class DirectoryFiltersUiTest extends AppUiTest {

    @Test
    void filtersOpenOnDemandAndPassTheAudit() {
        clickOn("Annuaire");
        assertThat(isShown("Mairie")).as("filters folded at first, so results sit under the field").isFalse();

        clickOn("Filtrer par type et trier par distance");
        assertThat(isShown("Mairie")).isTrue();
        assertThat(Fx.call(() -> AccessibilityAudit.audit(scene().getRoot()))).isEmpty();
    }
}
