package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SituationStoreTest {

    @TempDir
    Path home;

    @Test
    void theLastSavedChoicesReplaceTheEarlierOnesAndSurviveReopening() {
        try (Database database = Database.open(home)) {
            SituationStore store = new SituationStore(database);
            store.save("F14929", List.of(List.of("À l'étranger")));
            store.save("F14929", List.of(List.of("En France"), List.of("En France", "Cas général")));
            store.save("F1341", List.of(List.of("Demande en France")));
        }
        try (Database database = Database.open(home)) {
            SituationStore store = new SituationStore(database);
            assertThat(store.choices("F14929")).containsExactly(List.of("En France"), List.of("En France", "Cas général"));
            assertThat(store.choices("F1341")).containsExactly(List.of("Demande en France"));
            assertThat(store.choices("F1050")).isEmpty();
        }
    }
}
