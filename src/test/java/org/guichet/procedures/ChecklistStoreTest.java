package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistStoreTest {
    private static final List<String> VALID_CARD = List.of("En France", "Cas général", "Vous avez une carte d'identité valide");

    @TempDir
    Path home;

    @Test
    void ticksAreKeptPerProcedureAndSituationAcrossReopening() {
        TickedDocument idCard = new TickedDocument(VALID_CARD, "Votre carte d'identité");
        TickedDocument address = new TickedDocument(VALID_CARD, "Justificatif du domicile");
        TickedDocument abroad = new TickedDocument(List.of("À l'étranger", "Vous avez une carte d'identité valide"),
                "Votre carte d'identité");
        try (Database database = Database.open(home)) {
            ChecklistStore store = new ChecklistStore(database);
            store.setTicked("F14929", idCard, true);
            store.setTicked("F14929", address, true);
            store.setTicked("F14929", abroad, true);
            store.setTicked("F1341", new TickedDocument(List.of(), "Photo d'identité"), true);
        }
        try (Database database = Database.open(home)) {
            ChecklistStore store = new ChecklistStore(database);
            assertThat(store.ticked("F14929")).containsExactly(idCard, address, abroad);
            assertThat(store.ticked("F1341")).containsExactly(new TickedDocument(List.of(), "Photo d'identité"));
            assertThat(store.ticked("F21091")).isEmpty();
        }
    }

    @Test
    void untickingForgetsOnlyThatDocumentAndTickingTwiceKeepsOne() {
        TickedDocument idCard = new TickedDocument(VALID_CARD, "Votre carte d'identité");
        TickedDocument address = new TickedDocument(VALID_CARD, "Justificatif du domicile");
        try (Database database = Database.open(home)) {
            ChecklistStore store = new ChecklistStore(database);
            store.setTicked("F14929", idCard, true);
            store.setTicked("F14929", idCard, true);
            store.setTicked("F14929", address, true);
            store.setTicked("F14929", idCard, false);

            assertThat(store.ticked("F14929")).containsExactly(address);
        }
    }
}
