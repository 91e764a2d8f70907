package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.guichet.storage.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotLedgerTest {
    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path directory;

    private ConnectionPool pool;

    @BeforeEach
    void open() {
        pool = ConnectionPool.open(directory, 2);
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aSlotGivesOutItsFreePlacesOnlyAndTakesThemBack() {
        assertThat(take(2, 1)).isTrue();
        assertThat(take(2, 1)).isFalse();
        pool.inWriteTransaction(connection -> {
            SlotLedger.freeSeat(connection, "office", "reason", START);
            return null;
        });
        assertThat(take(2, 1)).isTrue();
        assertThat(takenSeats()).containsEntry(START, 2);
    }

    @Test
    void theDatabaseItselfRefusesOverbooking() {
        take(1, 0);

        assertThatThrownBy(() -> pool.inWriteTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("UPDATE sandbox_slot SET taken = capacity + 1");
            }
        })).isInstanceOf(StorageException.class).hasStackTraceContaining("CHECK constraint failed");
        assertThat(take(1, 0)).isFalse();
    }

    @Test
    void aFailedTransactionLeavesNothingBehindAndTheConnectionReusable() {
        assertThatThrownBy(() -> pool.inWriteTransaction(connection -> {
            SlotLedger.takeSeat(connection, "office", "reason", START, 1, 0);
            throw new ProblemException(ProblemCode.INVALID_CONTACT, "checked after the seat was taken");
        })).isInstanceOf(ProblemException.class);

        for (int i = 0; i < 4; i++) {
            assertThat(takenSeats()).isEmpty();
        }
        assertThat(take(1, 0)).isTrue();
    }

    private Map<Instant, Integer> takenSeats() {
        return pool.read(connection -> SlotLedger.taken(connection, "office", "reason", START, START));
    }

    private boolean take(int capacity, int prebooked) {
        return pool.inWriteTransaction(connection ->
                SlotLedger.takeSeat(connection, "office", "reason", START, capacity, prebooked));
    }
}
