package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.platform.Background;
import org.guichet.storage.Database;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The passport page's view-model: situation, checklist kept on the device, what applies. */
@Timeout(60)
class ProcedureViewModelTest {
    private static final String PASSPORT = "F14929";
    private static final String VALID_CARD = "Vous avez une carte d'identité valide";
    private static final ProcedureRepository REPOSITORY = Fiches.bundledOnlyRepository();

    @TempDir
    Path home;

    private Database database;
    private final Background background = new Background();

    @BeforeAll
    static void startToolkit() {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        background.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void documentsAppearOnceTheSituationIsAnsweredAndTicksAreKept() throws TimeoutException {
        ProcedureViewModel first = loaded();
        assertThat(Fx.call(() -> first.checklist().isEmpty())).isTrue();
        assertThat(Fx.call(first::listsDocuments)).isTrue();

        Fx.run(() -> first.choose(idCardQuestion(first), VALID_CARD));
        List<ChecklistItem> items = Fx.call(() -> first.checklist().get(0).items());
        assertThat(items).extracting(item -> item.document().text().replace('\u00A0', ' '))
                .startsWith("Votre carte d'identité", "Photo d'identité de moins de 6 mois et conforme aux normes");
        Fx.run(() -> {
            items.get(0).tickedProperty().set(true);
            items.get(3).tickedProperty().set(true);
        });

        ProcedureViewModel reopened = loaded();
        waitUntil(() -> !reopened.checklist().isEmpty());
        assertThat(Fx.call(() -> reopened.answer(idCardQuestion(reopened)))).contains(VALID_CARD);
        assertThat(Fx.call(() -> reopened.checklist().get(0).items().stream().map(item -> item.tickedProperty().get()).toList()))
                .containsExactly(true, false, false, true, false);
    }

    @Test
    void costsPlacesAndAppealsFollowTheSituation() throws TimeoutException {
        ProcedureViewModel model = loaded();

        assertThat(Fx.call(() -> List.copyOf(model.costs()))).extracting(CostLine::text)
                .containsExactly("Le passeport coûte 86\u00A0€");
        assertThat(Fx.call(() -> List.copyOf(model.offices()))).extracting(Office::title)
                .contains("Mairie délivrant des passeports biométriques")
                .doesNotContain("Ambassade ou consulat français à l'étranger");
        assertThat(Fx.call(() -> List.copyOf(model.appealSteps()))).extracting(AppealStep::sourceId)
                .containsExactly("F12567", "F2474", "F2026");

        Fx.run(() -> model.choose(model.questions().get(0), "À l'étranger"));

        assertThat(Fx.call(() -> List.copyOf(model.offices()))).extracting(Office::title)
                .contains("Ambassade ou consulat français à l'étranger")
                .doesNotContain("Mairie délivrant des passeports biométriques");
        assertThat(Fx.call(() -> List.copyOf(model.costs()))).isEmpty();
        assertThat(Fx.call(() -> model.questions().stream().map(SituationQuestion::options).toList()))
                .contains(List.of("Si vous fournissez la photo", "Si la photo est prise au guichet"));
    }

    @Test
    void aFicheNotShippedIsReadyWithoutContent() throws TimeoutException {
        ProcedureViewModel model = loaded("F21246");

        assertThat(Fx.call(() -> model.pageProperty().get().procedure())).isEmpty();
        assertThat(Fx.call(() -> model.questions().isEmpty() && model.checklist().isEmpty())).isTrue();
    }

    private ProcedureViewModel loaded() throws TimeoutException {
        return loaded(PASSPORT);
    }

    private ProcedureViewModel loaded(String id) throws TimeoutException {
        if (database == null) {
            database = Database.open(home);
        }
        ProcedureViewModel model = new ProcedureViewModel(id, REPOSITORY, new SituationStore(database),
                new ChecklistStore(database), background);
        Fx.run(model::load);
        waitUntil(() -> model.stateProperty().get() == LoadState.READY);
        return model;
    }

    private static SituationQuestion idCardQuestion(ProcedureViewModel model) {
        return model.questions().stream().filter(question -> question.options().contains(VALID_CARD)).findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Fx.call(condition));
    }
}
