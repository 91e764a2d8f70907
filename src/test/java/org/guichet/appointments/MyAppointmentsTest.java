package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class MyAppointmentsTest {

    @TempDir
    Path folder;

    private BookingFixture fixture;

    @BeforeEach
    void start() {
        fixture = new BookingFixture(folder);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void listsKeptBookingsRefreshesThemAndCancels() {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        flow.confirm();
        MyAppointments mine = new MyAppointments(fixture.services);

        mine.load();
        assertThat(mine.upcoming()).singleElement().extracting(Appointment::reference)
                .isEqualTo(flow.booked().get().reference());
        assertThat(mine.freshness().get()).isEqualTo(MyAppointments.Freshness.REFRESHED);

        mine.cancel(mine.upcoming().get(0), () -> { });
        assertThat(mine.upcoming()).isEmpty();
        assertThat(mine.past()).singleElement().matches(Appointment::isCancelled);
        assertThat(fixture.cache.all()).singleElement().matches(Appointment::isCancelled);
    }

    @Test
    void offlineTheKeptBookingsStillShow() {
        fixture.flowAtReview(fixture.services).confirm();
        fixture.sandbox.close();
        MyAppointments mine = new MyAppointments(fixture.services);

        mine.load();

        assertThat(mine.upcoming()).hasSize(1);
        assertThat(mine.freshness().get()).isEqualTo(MyAppointments.Freshness.OFFLINE);
    }

    @Test
    void deletingEverythingForgetsTheBookingsAndTheirCalendarFilesOnTheDevice() throws Exception {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        flow.confirm();
        Path exported = fixture.services.calendar().save(flow.booked().get(), "Rendez-vous", "", "");
        Path other = Files.writeString(folder.resolve("exports").resolve("notes.txt"), "kept");
        MyAppointments mine = new MyAppointments(fixture.services);
        mine.load();

        mine.deleteAll();

        assertThat(mine.upcoming()).isEmpty();
        assertThat(fixture.cache.all()).isEmpty();
        assertThat(exported).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void movingKeepsTheBookingAndChangesItsTime() {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        flow.confirm();
        Instant before = flow.booked().get().start();
        MoveFlow move = new MoveFlow(flow.booked().get().reference(), fixture.services);
        move.start();
        Slot later = move.slots().days().get(2).slots().get(0);

        move.moveTo(later);

        assertThat(move.moved().get().start()).isEqualTo(later.start().toInstant()).isNotEqualTo(before);
        assertThat(fixture.cache.all()).singleElement().extracting(Appointment::start)
                .isEqualTo(later.start().toInstant());
    }

    @Test
    void theRecapExportsAnIcsFileToTheExportsFolder() throws Exception {
        BookingFlow flow = fixture.flowAtReview(fixture.services);
        flow.confirm();
        AppointmentRecap recap = new AppointmentRecap(flow.booked().get().reference(), fixture.services);
        recap.load();

        recap.exportToCalendar("Rendez-vous CAF", "Par téléphone", "");

        Path file = recap.exported().get();
        assertThat(file.getParent()).isEqualTo(folder.resolve("exports"));
        assertThat(Files.readString(file)).contains("UID:" + recap.appointment().get().reference() + "@guichet",
                "SUMMARY:Rendez-vous CAF");
    }
}
