package org.guichet.appointments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.guichet.sandbox.BookableOffice;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.storage.Database;

/**
 * A real sandbox gateway and a real appointment cache on temporary folders, for view-model tests:
 * one CAF in Paris open on weekdays 08:30–12:00 and 13:30–17:00, seen on Monday 23 November 2026.
 */
final class BookingFixture implements AutoCloseable {

    static final String CAF = "caf-paris";
    static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Europe/Paris"));
    static final OfficeSummary CAF_SUMMARY = new OfficeSummary(CAF, "CAF de Paris", "50 rue du Docteur Finlay, 75015 Paris",
            "Entrée de plain-pied", "32 30", ZoneId.of("Europe/Paris"));

    final InlineAsync async = new InlineAsync();
    final SandboxGateway sandbox;
    final Database database;
    final AppointmentCache cache;
    final InAppReminders reminders = new InAppReminders();
    final AppointmentServices services;

    BookingFixture(Path folder) {
        BookableOffice caf = new BookableOffice(List.of("caf"), List.of(new OpeningRange(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY, List.of(new TimeSlot(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                        new TimeSlot(LocalTime.of(13, 30), LocalTime.of(17, 0))), "")), "75");
        sandbox = SandboxGateway.start(folder.resolve("sandbox"), id -> Optional.ofNullable(Map.of(CAF, caf).get(id)),
                MONDAY_MORNING);
        database = Database.open(folder.resolve("app"));
        cache = new AppointmentCache(database);
        services = services(new GatewayAccess(true, () -> GatewayClient.create(sandbox.address())), folder);
    }

    AppointmentServices services(GatewayAccess gateway, Path folder) {
        return new AppointmentServices(async, gateway, directory(), cache, MONDAY_MORNING,
                new CalendarExport(folder.resolve("exports"), MONDAY_MORNING), reminders);
    }

    private static OfficeDirectory directory() {
        return new OfficeDirectory() {
            @Override
            public Optional<OfficeSummary> find(String officeId) {
                return CAF.equals(officeId) ? Optional.of(CAF_SUMMARY) : Optional.empty();
            }

            @Override
            public List<OfficeSummary> search(String words, int limit) {
                return List.of(CAF_SUMMARY);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }

    /** A flow brought to the review step for the first free phone slot, with valid contact details. */
    BookingFlow flowAtReview(AppointmentServices with) {
        BookingFlow flow = new BookingFlow(CAF, with);
        flow.start();
        flow.chooseReason(flow.reasons().get(0));
        flow.chooseMode(BookingMode.PHONE);
        flow.chooseSlot(flow.slots().days().get(0).slots().get(0));
        flow.contact().name().set("Camille Martin");
        flow.contact().phone().set("06 12 34 56 78");
        if (!flow.submitContact()) {
            throw new IllegalStateException("contact refused");
        }
        return flow;
    }

    @Override
    public void close() {
        sandbox.close();
        database.close();
    }
}
