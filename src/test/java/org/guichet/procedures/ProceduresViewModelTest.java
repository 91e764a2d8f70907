package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.guichet.platform.Background;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(60)
class ProceduresViewModelTest {
    private final Background background = new Background();
    private final ProceduresViewModel model = new ProceduresViewModel(Fiches.bundledOnlyRepository(), background);

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void browsingOffersThePopularShippedFichesLifeEventsAndThemes() throws TimeoutException {
        load();

        assertThat(Fx.call(() -> List.copyOf(model.popular()))).extracting(CatalogueEntry::id)
                .startsWith("F14929", "F21091", "F1341");
        assertThat(Fx.call(() -> model.lifeEvents().size())).isEqualTo(17);
        assertThat(Fx.call(() -> model.themes().stream().map(ThemeGroup::name).toList()))
                .contains("Papiers - Citoyenneté", "Transports")
                .doesNotContain(ProcedureCatalogue.LIFE_EVENTS_THEME);
    }

    @Test
    void searchRunsAsYouTypeWithoutAccentsOrCase() throws TimeoutException {
        load();

        Fx.run(() -> model.queryProperty().set("CARTE D'IDENTITE majeur premiere"));

        assertThat(Fx.call(() -> List.copyOf(model.results()))).extracting(CatalogueEntry::id).contains("F1341");
        assertThat(Fx.call(() -> model.matchCountProperty().get())).isEqualTo(Fx.call(() -> model.results().size()));

        Fx.run(() -> model.queryProperty().set("d"));
        assertThat(Fx.call(() -> model.results().size())).isEqualTo(ProceduresViewModel.MAX_RESULTS);
        assertThat(Fx.call(() -> model.matchCountProperty().get())).isGreaterThan(ProceduresViewModel.MAX_RESULTS);

        Fx.run(() -> model.queryProperty().set(""));
        assertThat(Fx.call(() -> model.results().isEmpty())).isTrue();
    }

    private void load() throws TimeoutException {
        Fx.startToolkit();
        Fx.run(model::load);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Fx.call(() -> model.stateProperty().get() == LoadState.READY));
    }
}
