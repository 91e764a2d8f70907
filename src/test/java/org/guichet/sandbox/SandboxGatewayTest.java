package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.guichet.appointments.AccessibilityNeeds;
import org.guichet.appointments.Booking;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.BookingRequest;
import org.guichet.appointments.BookingStatus;
import org.guichet.appointments.CallbackPeriod;
import org.guichet.appointments.CallbackReceipt;
import org.guichet.appointments.CallbackRequest;
import org.guichet.appointments.Contact;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayError;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.appointments.QueueInfo;
import org.guichet.appointments.Reason;
import org.guichet.appointments.Slot;
import org.guichet.appointments.SlotList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SandboxGatewayTest {
    /** Monday 23 November 2026, 08:00 in Paris. */
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
    private static final String ADVISER = "conseiller-caf";

    @TempDir
    Path directory;

    private SandboxGateway gateway;
    private GatewayClient client;

    @BeforeEach
    void start() {
        gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING);
        client = GatewayClient.create(gateway.address());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void servesOnLoopbackAndSaysItIsTheSandbox() {
        assertThat(gateway.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(gateway.address().isSandbox()).isTrue();
    }

    @Test
    void aTownHallOffersPassportsWithTheDocumentsToBringAndCivilStatus() throws Exception {
        List<Reason> reasons = client.reasons(TestOffices.VERDERONNE).reasons();

        assertThat(reasons).extracting(Reason::id).containsExactly("passeport-cni", "etat-civil");
        Reason passport = reasons.get(0);
        assertThat(passport.modes()).containsExactly(BookingMode.ON_SITE);
        assertThat(passport.durationMinutes()).isEqualTo(20);
        assertThat(passport.documentsHint()).contains("pré-demande");
        assertThat(passport.procedureFicheId()).isEqualTo("F1341");
        assertThat(client.reasons(TestOffices.PARIS_CAF).reasons().get(0).modes())
                .containsExactly(BookingMode.ON_SITE, BookingMode.PHONE, BookingMode.VIDEO);
    }

    @Test
    void slotsAreInTheOfficeZoneOnOpenDaysOnly() throws Exception {
        SlotList verderonne = client.slots(TestOffices.VERDERONNE, "etat-civil", BookingMode.PHONE,
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 31));
        SlotList reunion = client.slots(TestOffices.REUNION_MAIRIE, "etat-civil", BookingMode.ON_SITE, null, null);

        assertThat(verderonne.timeZone()).isEqualTo("Europe/Paris");
        assertThat(verderonne.slots()).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(slot.start().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
            assertThat(slot.remainingCapacity()).isEqualTo(1);
        });
        assertThat(reunion.timeZone()).isEqualTo("Indian/Reunion");
        assertThat(reunion.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(reunion.to()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(reunion.slots()).isNotEmpty().allSatisfy(slot -> {
            assertThat(slot.start().getOffset()).isEqualTo(ZoneOffset.ofHours(4));
            assertThat(slot.start().getHour()).isBetween(8, 11);
        });
    }

    @Test
    void aHundredCitizensRacingForAOneSeatSlotMakeExactlyOneBooking() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();
        ExecutorService citizens = Executors.newFixedThreadPool(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            BookingRequest request = request(TestOffices.PARIS_CAF, start, "Citoyen " + i);
            outcomes.add(citizens.submit(() -> {
                go.await();
                try {
                    return client.book(request, IdempotencyKey.random());
                } catch (GatewayException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        citizens.shutdown();

        assertThat(results).filteredOn(Booking.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(GatewayException.class::isInstance).hasSize(99)
                .allSatisfy(failure -> {
                    assertThat(((GatewayException) failure).error()).isEqualTo(GatewayError.SLOT_TAKEN);
                    assertThat(((GatewayException) failure).problemCode()).contains("slot_taken");
                });
        assertThat(freeStarts(TestOffices.PARIS_CAF)).doesNotContain(start);
    }

    @Test
    void retryingWithTheSameKeyReturnsTheSameBookingEvenWhenRetriesRace() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();
        BookingRequest request = request(TestOffices.PARIS_CAF, start, "Camille Martin");
        IdempotencyKey key = IdempotencyKey.random();

        List<Callable<Booking>> doubleTaps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            doubleTaps.add(() -> client.book(request, key));
        }
        ExecutorService taps = Executors.newFixedThreadPool(8);
        List<String> tokens = new ArrayList<>();
        for (Future<Booking> booking : taps.invokeAll(doubleTaps)) {
            tokens.add(booking.get().bookingToken());
        }
        taps.shutdown();
        Booking retried = client.book(request, key);

        assertThat(tokens).containsOnly(retried.bookingToken());
        assertThat(freeStarts(TestOffices.PARIS_CAF)).doesNotContain(start);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() throws Exception {
        List<Slot> slots = client.slots(TestOffices.PARIS_CAF, ADVISER, BookingMode.PHONE, null, null).slots();
        IdempotencyKey key = IdempotencyKey.random();
        client.book(request(TestOffices.PARIS_CAF, slots.get(0).start(), "Camille Martin"), key);

        GatewayException conflict = catchThrowableOfType(GatewayException.class,
                () -> client.book(request(TestOffices.PARIS_CAF, slots.get(1).start(), "Camille Martin"), key));

        assertThat(conflict.error()).isEqualTo(GatewayError.IDEMPOTENCY_CONFLICT);
        assertThat(freeStarts(TestOffices.PARIS_CAF)).contains(slots.get(1).start());
    }

    @Test
    void cancellingFreesTheSlotForSomeoneElse() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();
        Booking booking = client.book(request(TestOffices.PARIS_CAF, start, "Camille Martin"), IdempotencyKey.random());
        assertThat(freeStarts(TestOffices.PARIS_CAF)).doesNotContain(start);

        Booking cancelled = client.cancel(booking.bookingToken());
        Booking cancelledAgain = client.cancel(booking.bookingToken());

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelledAgain.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(client.booking(booking.bookingToken()).status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(freeStarts(TestOffices.PARIS_CAF)).contains(start);
        assertThat(client.book(request(TestOffices.PARIS_CAF, start, "Dominique Petit"), IdempotencyKey.random())
                .status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void reschedulingToATakenSlotKeepsTheOldOneAndToAFreeSlotSwapsThem() throws Exception {
        List<Slot> slots = client.slots(TestOffices.PARIS_CAF, ADVISER, BookingMode.PHONE, null, null).slots();
        OffsetDateTime mine = slots.get(0).start();
        OffsetDateTime theirs = slots.get(1).start();
        OffsetDateTime free = slots.get(2).start();
        Booking booking = client.book(request(TestOffices.PARIS_CAF, mine, "Camille Martin"), IdempotencyKey.random());
        client.book(request(TestOffices.PARIS_CAF, theirs, "Dominique Petit"), IdempotencyKey.random());

        GatewayException taken = catchThrowableOfType(GatewayException.class,
                () -> client.reschedule(booking.bookingToken(), theirs));

        assertThat(taken.error()).isEqualTo(GatewayError.SLOT_TAKEN);
        assertThat(client.booking(booking.bookingToken()).slotStart()).isEqualTo(mine);
        assertThat(freeStarts(TestOffices.PARIS_CAF)).doesNotContain(mine, theirs).contains(free);

        Booking moved = client.reschedule(booking.bookingToken(), free);

        assertThat(moved.slotStart()).isEqualTo(free);
        assertThat(moved.reference()).isEqualTo(booking.reference());
        assertThat(freeStarts(TestOffices.PARIS_CAF)).contains(mine).doesNotContain(free, theirs);
        assertThat(client.reschedule(booking.bookingToken(), free).slotStart()).isEqualTo(free);
    }

    @Test
    void aCancelledBookingCannotBeMoved() throws Exception {
        List<Slot> slots = client.slots(TestOffices.PARIS_CAF, ADVISER, BookingMode.PHONE, null, null).slots();
        Booking booking = client.book(request(TestOffices.PARIS_CAF, slots.get(0).start(), "Camille Martin"),
                IdempotencyKey.random());
        client.cancel(booking.bookingToken());

        GatewayException refused = catchThrowableOfType(GatewayException.class,
                () -> client.reschedule(booking.bookingToken(), slots.get(1).start()));

        assertThat(refused.error()).isEqualTo(GatewayError.BOOKING_CANCELLED);
    }

    @Test
    void bookingOutsideTheOfficesSlotsIsRefused() throws Exception {
        // Christmas Day, a Friday: the office is closed.
        OffsetDateTime christmas = OffsetDateTime.parse("2026-12-25T09:00:00+01:00");
        OffsetDateTime lunchBreak = OffsetDateTime.parse("2026-11-24T12:30:00+01:00");
        OffsetDateTime past = OffsetDateTime.parse("2026-11-20T09:00:00+01:00");

        for (OffsetDateTime start : List.of(christmas, lunchBreak, past)) {
            GatewayException refused = catchThrowableOfType(GatewayException.class,
                    () -> client.book(request(TestOffices.PARIS_CAF, start, "Camille Martin"), IdempotencyKey.random()));
            assertThat(refused.error()).isEqualTo(GatewayError.NOT_FOUND);
            assertThat(refused.problemCode()).contains("slot_not_found");
        }
    }

    @Test
    void theAgendaOpensNinetyTwoDaysAhead() throws Exception {
        List<Slot> slots = client.slots(TestOffices.PARIS_CAF, ADVISER, BookingMode.PHONE,
                LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 15)).slots();
        OffsetDateTime beyond = OffsetDateTime.parse("2027-02-24T09:00:00+01:00");

        assertThat(slots).isNotEmpty().allSatisfy(slot ->
                assertThat(slot.start().toLocalDate()).isBeforeOrEqualTo(LocalDate.of(2027, 2, 23)));
        assertThat(catchThrowableOfType(GatewayException.class, () -> client.book(
                request(TestOffices.PARIS_CAF, beyond, "Camille Martin"), IdempotencyKey.random())).problemCode())
                .contains("slot_not_found");
    }

    @Test
    void aSlotGivenInAnotherOffsetIsTheSameSlot() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();

        Booking booking = client.book(request(TestOffices.PARIS_CAF,
                start.withOffsetSameInstant(ZoneOffset.UTC), "Camille Martin"), IdempotencyKey.random());

        assertThat(booking.slotStart()).isEqualTo(start);
        assertThat(booking.timeZone()).isEqualTo("Europe/Paris");
    }

    @Test
    void contactDetailsAreChecked() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();
        List<Contact> invalid = List.of(
                new Contact("", "camille@example.fr", null),
                new Contact("Camille Martin", null, null),
                new Contact("Camille Martin", "not an address", null),
                new Contact("Camille Martin", null, "12"));

        for (Contact contact : invalid) {
            BookingRequest request = new BookingRequest(TestOffices.PARIS_CAF, ADVISER, BookingMode.ON_SITE, start,
                    contact, AccessibilityNeeds.NONE);
            GatewayException refused = catchThrowableOfType(GatewayException.class,
                    () -> client.book(request, IdempotencyKey.random()));
            assertThat(refused.error()).isEqualTo(GatewayError.INVALID_INPUT);
            assertThat(refused.problemCode()).contains("invalid_contact");
        }
        BookingRequest phoneWithoutNumber = new BookingRequest(TestOffices.PARIS_CAF, ADVISER, BookingMode.PHONE,
                start, new Contact("Camille Martin", "camille@example.fr", null), AccessibilityNeeds.NONE);
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> client.book(phoneWithoutNumber, IdempotencyKey.random())).error())
                .isEqualTo(GatewayError.INVALID_INPUT);
        assertThat(freeStarts(TestOffices.PARIS_CAF)).contains(start);
    }

    @Test
    void unknownOfficesReasonsAndTokensAreNotFound() {
        assertThat(catchThrowableOfType(GatewayException.class, () -> client.reasons("no-such-office"))
                .problemCode()).contains("office_not_found");
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> client.slots(TestOffices.PARIS_CAF, "passeport-cni", BookingMode.ON_SITE, null, null))
                .problemCode()).contains("reason_not_found");
        assertThat(catchThrowableOfType(GatewayException.class,
                () -> client.booking("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .problemCode()).contains("booking_not_found");
    }

    @Test
    void bookingsAndAccessibilityNeedsSurviveARestart() throws Exception {
        OffsetDateTime start = firstFreeSlot(TestOffices.PARIS_CAF).start();
        BookingRequest request = new BookingRequest(TestOffices.PARIS_CAF, ADVISER, BookingMode.VIDEO, start,
                new Contact("Camille Martin", "camille@example.fr", null),
                new AccessibilityNeeds(true, true, "Fauteuil roulant"));
        Booking booking = client.book(request, IdempotencyKey.random());
        gateway.close();

        gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING);
        client = GatewayClient.create(gateway.address());
        Booking reread = client.booking(booking.bookingToken());

        assertThat(reread).isEqualTo(booking);
        assertThat(reread.reference()).matches("RDV-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(reread.accessibility()).isEqualTo(new AccessibilityNeeds(true, true, "Fauteuil roulant"));
        assertThat(freeStarts(TestOffices.PARIS_CAF)).doesNotContain(start);
    }

    @Test
    void queueInformationFollowsTheOfficeHours() throws Exception {
        QueueInfo verderonne = client.queue(TestOffices.VERDERONNE);
        QueueInfo caf = client.queue(TestOffices.PARIS_CAF);

        assertThat(verderonne.waitEstimateMinutes()).isNull();
        assertThat(verderonne.weekdays()).extracting(day -> day.day())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        assertThat(verderonne.weekdays().get(0).busy()).extracting(range -> range.start() + "-" + range.end())
                .containsExactly("17:00-18:00");
        assertThat(caf.weekdays()).hasSize(5);
        assertThat(caf.waitEstimateMinutes()).isNull();

        gateway.close();
        Clock tuesdayMorning = Clock.fixed(Instant.parse("2026-11-24T09:15:00Z"), ZoneOffset.UTC);
        gateway = SandboxGateway.start(directory, TestOffices.lookup(), tuesdayMorning);
        client = GatewayClient.create(gateway.address());
        assertThat(client.queue(TestOffices.PARIS_CAF).waitEstimateMinutes()).isBetween(5, 40);
    }

    @Test
    void callbackRequestsAreRecordedOncePerKey() throws Exception {
        CallbackRequest request = new CallbackRequest("Camille Martin", "06 12 34 56 78", CallbackPeriod.MORNING, null);
        IdempotencyKey key = IdempotencyKey.random();

        CallbackReceipt first = client.requestCallback(TestOffices.PARIS_CAF, request, key);
        CallbackReceipt retried = client.requestCallback(TestOffices.PARIS_CAF, request, key);

        assertThat(first.status()).isEqualTo("received");
        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(catchThrowableOfType(GatewayException.class, () -> client.requestCallback(TestOffices.PARIS_CAF,
                new CallbackRequest("Camille Martin", "nope", CallbackPeriod.ANY, null), IdempotencyKey.random()))
                .error()).isEqualTo(GatewayError.INVALID_INPUT);
    }

    private Slot firstFreeSlot(String officeId) throws GatewayException {
        return client.slots(officeId, ADVISER, BookingMode.PHONE, null, null).slots().get(0);
    }

    private List<OffsetDateTime> freeStarts(String officeId) throws GatewayException {
        return client.slots(officeId, ADVISER, BookingMode.PHONE, null, null).slots().stream()
                .map(Slot::start).toList();
    }

    private static BookingRequest request(String officeId, OffsetDateTime start, String name) {
        return new BookingRequest(officeId, ADVISER, BookingMode.PHONE, start,
                new Contact(name, null, "06 12 34 56 78"), AccessibilityNeeds.NONE);
    }
}
