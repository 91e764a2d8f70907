package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppointmentCacheTest {

    private static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");

    @TempDir
    Path home;

    private Database database;
    private AppointmentCache cache;

    @BeforeEach
    void open() {
        database = Database.open(home);
        cache = new AppointmentCache(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void keepsEverythingTheRecapShowsAcrossARestart() {
        Appointment saved = appointment("RDV-1", "token-aaaaaaaaaaaaaaaaaaaa", "2026-11-24T21:30:00Z");
        cache.save(saved);
        database.close();
        database = Database.open(home);
        cache = new AppointmentCache(database);

        assertThat(cache.all()).containsExactly(saved);
        assertThat(cache.findByReference("RDV-1")).contains(saved);
        assertThat(cache.findByReference("RDV-2")).isEmpty();
        assertThat(saved.startAtOffice().getHour()).as("17:30 in Guadeloupe").isEqualTo(17);
    }

    @Test
    void savingTheSameBookingAgainUpdatesItsStatusAndTime() {
        Appointment booked = appointment("RDV-1", "token-aaaaaaaaaaaaaaaaaaaa", "2026-11-24T21:30:00Z");
        cache.save(booked);
        Appointment moved = new Appointment(booked.bookingToken(), booked.reference(), BookingStatus.CANCELLED,
                booked.office(), booked.reasonId(), booked.reasonLabel(), booked.documentsHint(), booked.mode(),
                Instant.parse("2026-11-26T13:00:00Z"), 30, GUADELOUPE);

        cache.save(moved);

        assertThat(cache.all()).containsExactly(moved);
    }

    @Test
    void listsEarliestFirstAndDeletesEverything() {
        cache.save(appointment("RDV-2", "token-bbbbbbbbbbbbbbbbbbbb", "2026-12-01T13:00:00Z"));
        cache.save(appointment("RDV-1", "token-aaaaaaaaaaaaaaaaaaaa", "2026-11-24T21:30:00Z"));

        assertThat(cache.all()).extracting(Appointment::reference).containsExactly("RDV-1", "RDV-2");

        cache.deleteAll();
        assertThat(cache.all()).isEmpty();
    }

    @Test
    void theTokenNeverShowsInText() {
        assertThat(appointment("RDV-1", "token-aaaaaaaaaaaaaaaaaaaa", "2026-11-24T21:30:00Z").toString())
                .contains("RDV-1").doesNotContain("token-aaaa");
    }

    private static Appointment appointment(String reference, String token, String start) {
        OfficeSummary office = new OfficeSummary("mairie-971", "Mairie de Pointe-à-Pitre",
                "Place de la Victoire, 97110 Pointe-à-Pitre", "Ascenseur côté rue", "05 90 00 00 00", GUADELOUPE);
        return new Appointment(token, reference, BookingStatus.CONFIRMED, office, "etat-civil", "État civil",
                "Pièce d'identité", BookingMode.ON_SITE, Instant.parse(start), 30, GUADELOUPE);
    }
}
